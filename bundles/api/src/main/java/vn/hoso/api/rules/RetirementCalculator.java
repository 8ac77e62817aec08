package vn.hoso.api.rules;

import static vn.hoso.api.rules.VietnameseText.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.hoso.api.record.DatePrecision;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.record.RetirementAdjustment;
import vn.hoso.api.record.RetirementAdjustmentKind;
import vn.hoso.api.record.Sex;

/**
 * Computes when a person retires under Bộ luật Lao động 2019 Art. 169 and Nghị định 135/2020/NĐ-CP
 * Art. 4.
 *
 * <p>The age that applies is the one of the calendar year in which it is reached, so the
 * computation tries the years one by one from the birth year: in year Y it takes the roadmap age of
 * Y and checks whether the person reaches that age within Y. The first such year wins. The person
 * retires at the end of the last day of the month in which the age is reached, and the pension
 * starts on the 1st of the next month.
 *
 * <p>Individual adjustments: an earlier or later retirement (up to 5 years for the reasons that
 * Nghị định 135/2020/NĐ-CP Art. 5 and 6 list) moves the age of every year by its months, because
 * those articles measure it against the normal age at the moment of retirement. A postponement
 * moves the retirement moment by whole months, and when several are recorded only the longest
 * applies.
 *
 * <p>Immutable and thread-safe.
 */
public final class RetirementCalculator {

  /** Bounds the year-by-year search; no roadmap age comes near it. */
  private static final int MAX_YEARS_SEARCHED = 150;

  private final RetirementAgeRoadmap roadmap;

  public RetirementCalculator(RetirementAgeRoadmap roadmap) {
    this.roadmap = Objects.requireNonNull(roadmap, "roadmap");
  }

  /** Computes the retirement of the person's birth date, sex and adjustments. */
  public Retirement calculate(PersonRecord person) {
    return calculate(person.birthDate(), person.sex(), person.retirementAdjustments());
  }

  /**
   * Computes a retirement.
   *
   * @throws IllegalArgumentException when the adjustments contain both an earlier and a later
   *     retirement, or the roadmap has no age for a year the search reaches
   */
  public Retirement calculate(
      PartialDate birthDate, Sex sex, List<RetirementAdjustment> adjustments) {
    Optional<RetirementAdjustment> earlier = longest(adjustments, RetirementAdjustmentKind.EARLIER);
    Optional<RetirementAdjustment> later = longest(adjustments, RetirementAdjustmentKind.LATER);
    Optional<RetirementAdjustment> postponed =
        longest(adjustments, RetirementAdjustmentKind.POSTPONED);
    if (earlier.isPresent() && later.isPresent()) {
      throw new IllegalArgumentException(
          String.format(
              "Retirement adjustments %d (earlier) and %d (later) contradict each other;"
                  + " keep the one that the decision grants",
              earlier.get().id(), later.get().id()));
    }
    int shiftMonths =
        later.map(RetirementAdjustment::months).orElse(0)
            - earlier.map(RetirementAdjustment::months).orElse(0);

    List<String> reasoning = new ArrayList<>();
    LocalDate birth = birthDate.value();
    reasoning.add(birthLine(birthDate));

    // Only the year found and the one before it are explained, so their lines are written once the
    // search stops. Writing one for every year searched took most of the evaluation.
    int previousYear = 0;
    RetirementAge previousStatutory = null;
    RetirementAge previousApplied = null;
    LocalDate previousReached = null;
    for (int year = birth.getYear(); year <= birth.getYear() + MAX_YEARS_SEARCHED; year++) {
      RetirementAge statutory = roadmap.ageReachedIn(sex, year);
      RetirementAge applied =
          RetirementAge.ofMonths(statutory.totalMonths() + shiftMonths, statutory.legalBasis());
      LocalDate reached = birth.plusMonths(applied.totalMonths());
      if (reached.getYear() > year) {
        previousYear = year;
        previousStatutory = statutory;
        previousApplied = applied;
        previousReached = reached;
        continue;
      }
      if (previousStatutory != null) {
        reasoning.add(
            yearLine(
                previousYear,
                sex,
                previousStatutory,
                previousApplied,
                earlier,
                later,
                previousReached));
      }
      reasoning.add(yearLine(year, sex, statutory, applied, earlier, later, reached));
      return retirement(
          birth, year, statutory, applied, reached, earlier, later, postponed, reasoning);
    }
    throw new IllegalArgumentException(
        "No retirement year found within " + MAX_YEARS_SEARCHED + " years of " + birth);
  }

  private static Retirement retirement(
      LocalDate birth,
      int year,
      RetirementAge statutory,
      RetirementAge applied,
      LocalDate reached,
      Optional<RetirementAdjustment> earlier,
      Optional<RetirementAdjustment> later,
      Optional<RetirementAdjustment> postponed,
      List<String> reasoning) {
    LocalDate monthEnd = YearMonth.from(reached).atEndOfMonth();
    reasoning.add(
        "Tháng đủ tuổi nghỉ hưu là tháng "
            + YearMonth.from(reached).getMonthValue()
            + "/"
            + reached.getYear()
            + ", nên thời điểm nghỉ hưu là hết ngày "
            + date(monthEnd)
            + ", ngày cuối cùng của tháng đó.");

    int postponedMonths = postponed.map(RetirementAdjustment::months).orElse(0);
    LocalDate moment = monthEnd;
    if (postponedMonths > 0) {
      moment = YearMonth.from(reached).plusMonths(postponedMonths).atEndOfMonth();
      reasoning.add(
          "Lùi thời điểm nghỉ hưu "
              + postponedMonths
              + " tháng (chỉ áp dụng mức lùi dài nhất): nghỉ hưu từ hết ngày "
              + date(moment)
              + ".");
    }
    LocalDate pensionStart = moment.plusDays(1);
    reasoning.add("Hưởng lương hưu từ ngày " + date(pensionStart) + ".");

    List<RetirementAdjustment> used = new ArrayList<>();
    earlier.ifPresent(used::add);
    later.ifPresent(used::add);
    postponed.ifPresent(used::add);
    return new Retirement(
        birth,
        year,
        statutory,
        applied,
        reached,
        postponedMonths,
        moment,
        pensionStart,
        used,
        reasoning);
  }

  private static Optional<RetirementAdjustment> longest(
      List<RetirementAdjustment> adjustments, RetirementAdjustmentKind kind) {
    return adjustments.stream()
        .filter(adjustment -> adjustment.kind() == kind)
        .max(Comparator.comparingInt(RetirementAdjustment::months));
  }

  private static String birthLine(PartialDate birthDate) {
    String line = "Ngày sinh dùng để tính: " + date(birthDate.value());
    if (birthDate.precision() == DatePrecision.YEAR) {
      return line + " (hồ sơ chỉ ghi năm sinh nên lấy ngày 01 tháng 01).";
    }
    if (birthDate.precision() == DatePrecision.MONTH) {
      return line + " (hồ sơ chỉ ghi tháng, năm sinh nên lấy ngày 01 của tháng).";
    }
    return line + ".";
  }

  private static String yearLine(
      int year,
      Sex sex,
      RetirementAge statutory,
      RetirementAge applied,
      Optional<RetirementAdjustment> earlier,
      Optional<RetirementAdjustment> later,
      LocalDate reached) {
    StringBuilder line = new StringBuilder();
    line.append("Năm ")
        .append(year)
        .append(": tuổi nghỉ hưu của ")
        .append(VietnameseText.sex(sex))
        .append(" là ")
        .append(statutory.text());
    earlier.ifPresent(
        adjustment -> line.append(", nghỉ hưu sớm ").append(adjustment.months()).append(" tháng"));
    later.ifPresent(
        adjustment -> line.append(", nghỉ hưu muộn ").append(adjustment.months()).append(" tháng"));
    if (applied.totalMonths() != statutory.totalMonths()) {
      line.append(" nên áp dụng ").append(applied.text());
    }
    line.append("; đủ tuổi này vào ngày ").append(date(reached));
    if (reached.getYear() > year) {
      line.append(", sau năm ").append(year).append(", nên xét năm tiếp theo.");
    } else {
      line.append(", trong năm ").append(year).append(".");
    }
    return line.toString();
  }
}
