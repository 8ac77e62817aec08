package vn.hoso.warning.salary.internal;

import static vn.hoso.api.rules.VietnameseText.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.hoso.api.record.DisciplineEntry;
import vn.hoso.api.record.EvaluationEntry;
import vn.hoso.api.record.NonCountedPeriod;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.rules.VietnameseText;
import vn.hoso.api.warning.DueDateAdjustment;

/**
 * Computes when the time on a step is complete under Thông tư 08/2013/TT-BNV as amended by Thông tư
 * 03/2021/TT-BNV. The due date is the date the time counts from plus the interval, the extensions
 * for discipline and for years rated không hoàn thành nhiệm vụ, and the non-counted time rounded to
 * months. Pure and thread-safe.
 *
 * <p>What happened "while on the step" depends on the due date, which the extensions move: a
 * discipline just after the first due date still falls while the person is on the step. The
 * calculator therefore repeats the sum with the due date it last found until the date stops moving.
 * Each round can only add causes, so the date only moves later and the repetition ends.
 */
final class StepTimeCalculator {

  /** Far more rounds than any record needs: each round moves the due date by at least a month. */
  private static final int MAX_ROUNDS = 1_000;

  private final SalaryReference reference;

  StepTimeCalculator(SalaryReference reference) {
    this.reference = reference;
  }

  /**
   * Computes the time on a step.
   *
   * @param person the record whose disciplines, evaluations and non-counted periods apply
   * @param countedFrom the date the time on the step counts from
   * @param baseMonths the interval the law sets for the step
   */
  StepTime compute(PersonRecord person, LocalDate countedFrom, int baseMonths) {
    int months = baseMonths;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      LocalDate due = countedFrom.plusMonths(months);
      Window window = collect(person, countedFrom, due);
      int total = baseMonths + window.extensionMonths() + window.nonCountedMonths();
      if (total == months) {
        return stepTime(countedFrom, baseMonths, total, window);
      }
      months = total;
    }
    throw new IllegalStateException(
        "The time on the step from "
            + countedFrom
            + " did not settle in "
            + MAX_ROUNDS
            + " rounds");
  }

  private Window collect(PersonRecord person, LocalDate countedFrom, LocalDate due) {
    List<DueDateAdjustment> extensions = new ArrayList<>();
    Set<String> legalBases = new LinkedHashSet<>();
    List<String> reasoning = new ArrayList<>();

    person.disciplines().stream()
        .filter(
            entry ->
                !entry.effectiveDate().isBefore(countedFrom) && entry.effectiveDate().isBefore(due))
        .sorted(Comparator.comparing(DisciplineEntry::effectiveDate))
        .forEach(entry -> extensions.add(discipline(person, entry, legalBases, reasoning)));

    // A year counts when its evaluation closes, on 31 December, while the person is on the step.
    person.evaluations().stream()
        .filter(
            entry -> {
              LocalDate yearEnd = LocalDate.of(entry.year(), 12, 31);
              return !yearEnd.isBefore(countedFrom) && yearEnd.isBefore(due);
            })
        .sorted(Comparator.comparingInt(EvaluationEntry::year))
        .forEach(entry -> evaluation(entry, legalBases, reasoning).ifPresent(extensions::add));

    int extensionMonths = extensions.stream().mapToInt(DueDateAdjustment::months).sum();
    NonCounted nonCounted = nonCounted(person, countedFrom, due);
    reasoning.addAll(nonCounted.reasoning());
    return new Window(
        extensions,
        extensionMonths,
        nonCounted.adjustments(),
        nonCounted.workingDays(),
        nonCounted.months(),
        legalBases,
        reasoning);
  }

  private DueDateAdjustment discipline(
      PersonRecord person, DisciplineEntry entry, Set<String> legalBases, List<String> reasoning) {
    String reason =
        "Kỷ luật "
            + Labels.discipline(entry.form())
            + " ("
            + VietnameseText.category(person.category())
            + ")";
    Optional<SalaryReference.Extension> extension =
        reference.discipline(entry.form(), person.category(), entry.effectiveDate());
    if (extension.isEmpty()) {
      reasoning.add(
          reason
              + " có hiệu lực từ "
              + date(entry.effectiveDate())
              + ": bảng tham chiếu không có mức kéo dài cho hình thức này nên không cộng; cần kiểm tra"
              + " thủ công.");
      return new DueDateAdjustment(
          "discipline", reason, entry.effectiveDate(), entry.endDate(), null, 0);
    }
    int months = extension.get().months();
    legalBases.add(extension.get().legalBasis());
    reasoning.add(
        reason
            + " có hiệu lực từ "
            + date(entry.effectiveDate())
            + ": kéo dài "
            + months
            + " tháng.");
    return new DueDateAdjustment(
        "discipline", reason, entry.effectiveDate(), entry.endDate(), null, months);
  }

  private Optional<DueDateAdjustment> evaluation(
      EvaluationEntry entry, Set<String> legalBases, List<String> reasoning) {
    LocalDate yearEnd = LocalDate.of(entry.year(), 12, 31);
    return reference
        .evaluation(entry.rating(), yearEnd)
        .map(
            extension -> {
              String reason = "Năm " + entry.year() + " xếp loại " + Labels.rating(entry.rating());
              legalBases.add(extension.legalBasis());
              reasoning.add(reason + ": kéo dài " + extension.months() + " tháng.");
              return new DueDateAdjustment(
                  "evaluation",
                  reason,
                  LocalDate.of(entry.year(), 1, 1),
                  yearEnd,
                  null,
                  extension.months());
            });
  }

  /**
   * Sums the working days of the non-counted periods inside [countedFrom, due) and rounds them to
   * months.
   *
   * <p>Rounding rule: the total T working days makes T / D whole months (D, the working days of a
   * month, is 22 in the packaged table), and the remainder T mod D adds one more month when it is
   * at least M (11) and nothing when it is smaller. The rounding applies to the sum, never to each
   * period alone, so two periods of 6 days make one month. Each period is shown with the months it
   * added: the rounded total after it minus the rounded total before it, taking the periods in date
   * order, so the shares add up to the rounded sum.
   *
   * <p>A period that the window cuts counts Monday to Friday inside the window, because the working
   * days a decision states cover the whole period. Public holidays are not subtracted.
   */
  private NonCounted nonCounted(PersonRecord person, LocalDate countedFrom, LocalDate due) {
    LocalDate lastDay = due.minusDays(1);
    int perMonth = reference.intParameter(SalaryReference.DAYS_PER_MONTH, countedFrom);
    int minimum = reference.intParameter(SalaryReference.MINIMUM_DAYS, countedFrom);

    List<NonCountedPeriod> periods =
        person.nonCountedPeriods().stream()
            .filter(period -> !period.to().isBefore(countedFrom) && !period.from().isAfter(lastDay))
            .sorted(Comparator.comparing(NonCountedPeriod::from))
            .toList();

    List<DueDateAdjustment> adjustments = new ArrayList<>();
    List<String> reasoning = new ArrayList<>();
    int total = 0;
    int monthsBefore = 0;
    for (NonCountedPeriod period : periods) {
      boolean whole = !period.from().isBefore(countedFrom) && !period.to().isAfter(lastDay);
      LocalDate from = whole ? period.from() : max(period.from(), countedFrom);
      LocalDate to = whole ? period.to() : min(period.to(), lastDay);
      int days =
          whole && period.workingDays() != null ? period.workingDays() : mondayToFriday(from, to);
      total += days;
      int monthsAfter = toMonths(total, perMonth, minimum);
      String reason = "Thời gian không được tính: " + Labels.nonCounted(period.kind());
      adjustments.add(
          new DueDateAdjustment("non-counted", reason, from, to, days, monthsAfter - monthsBefore));
      reasoning.add(
          reason
              + " từ "
              + date(from)
              + " đến "
              + date(to)
              + ", "
              + days
              + " ngày làm việc"
              + (whole ? "" : " (phần nằm trong thời gian giữ bậc)")
              + ".");
      monthsBefore = monthsAfter;
    }
    if (!periods.isEmpty()) {
      reasoning.add(roundingLine(total, perMonth, minimum));
    }
    return new NonCounted(adjustments, total, monthsBefore, reasoning);
  }

  /**
   * Rounds working days to months: whole months of {@code perMonth} days, plus one for a remainder
   * of at least {@code minimum}.
   */
  static int toMonths(int workingDays, int perMonth, int minimum) {
    int months = workingDays / perMonth;
    int remainder = workingDays % perMonth;
    return remainder >= minimum ? months + 1 : months;
  }

  private static String roundingLine(int total, int perMonth, int minimum) {
    int whole = total / perMonth;
    int remainder = total % perMonth;
    int months = toMonths(total, perMonth, minimum);
    String remainderText =
        remainder >= minimum
            ? "phần lẻ " + remainder + " ngày từ " + minimum + " ngày làm việc trở lên tính 1 tháng"
            : "phần lẻ " + remainder + " ngày dưới " + minimum + " ngày làm việc không tính";
    return "Tổng thời gian không được tính: "
        + total
        + " ngày làm việc = "
        + whole
        + " tháng ("
        + perMonth
        + " ngày làm việc một tháng) và "
        + remainderText
        + ", nên cộng "
        + months
        + " tháng.";
  }

  static int mondayToFriday(LocalDate from, LocalDate to) {
    int days = 0;
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      DayOfWeek weekday = day.getDayOfWeek();
      if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
        days++;
      }
    }
    return days;
  }

  private static StepTime stepTime(
      LocalDate countedFrom, int baseMonths, int total, Window window) {
    List<String> reasoning = new ArrayList<>(window.reasoning());
    List<Integer> terms = new ArrayList<>();
    terms.add(baseMonths);
    window.extensions().stream()
        .map(DueDateAdjustment::months)
        .filter(months -> months > 0)
        .forEach(terms::add);
    if (window.nonCountedMonths() > 0) {
      terms.add(window.nonCountedMonths());
    }
    LocalDate due = countedFrom.plusMonths(total);
    String sum =
        terms.size() == 1
            ? total + " tháng"
            : String.join(" + ", terms.stream().map(String::valueOf).toList())
                + " = "
                + total
                + " tháng";
    // plusMonths keeps the day of month and moves a day the target month lacks to its last day.
    reasoning.add(
        "Tổng: " + sum + "; " + date(countedFrom) + " + " + total + " tháng = " + date(due) + ".");
    return new StepTime(
        countedFrom,
        baseMonths,
        window.extensions(),
        window.nonCounted(),
        window.extensionMonths(),
        window.nonCountedWorkingDays(),
        window.nonCountedMonths(),
        total,
        due,
        List.copyOf(window.legalBases()),
        reasoning);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private record Window(
      List<DueDateAdjustment> extensions,
      int extensionMonths,
      List<DueDateAdjustment> nonCounted,
      int nonCountedWorkingDays,
      int nonCountedMonths,
      Set<String> legalBases,
      List<String> reasoning) {}

  private record NonCounted(
      List<DueDateAdjustment> adjustments, int workingDays, int months, List<String> reasoning) {}
}
