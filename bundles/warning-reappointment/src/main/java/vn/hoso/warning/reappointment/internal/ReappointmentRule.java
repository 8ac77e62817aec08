package vn.hoso.warning.reappointment.internal;

import static vn.hoso.api.rules.VietnameseText.date;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoso.api.record.AppointmentKind;
import vn.hoso.api.record.DisciplineEntry;
import vn.hoso.api.record.LeadershipTerm;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.rules.Retirement;
import vn.hoso.api.rules.RetirementCalculator;
import vn.hoso.api.warning.WarningEvent;
import vn.hoso.api.warning.WarningRule;

/**
 * The reappointment rule for leadership terms (Nghị định 170/2025/NĐ-CP for công chức, Nghị định
 * 115/2020/NĐ-CP for viên chức), pure and thread-safe.
 *
 * <p>It reads the person's latest term only (the latest by effective date). The term ends on the
 * date its decision records, else on the fifth anniversary of its effective date, and an extension
 * without a recorded end runs to retirement. Event kinds, in due-date order:
 *
 * <ul>
 *   <li>{@code first-appointment-age}: the latest term is a first appointment whose holder had less
 *       than a full term to retirement on its effective date; due on that date
 *   <li>{@code reappointment-review-start}: the review must start 90 days before the term ends
 *   <li>{@code reappointment-decision-due}: the decision is due one working day before the term
 *       ends
 *   <li>{@code term-end}: the term ends; on the retirement moment when the person retires first,
 *       and then without the review and decision events
 * </ul>
 *
 * <p>Details: {@code termId}, {@code position}, {@code unitId} (when recorded), {@code termKind},
 * {@code termStart}, {@code termEnd}, {@code termEndSource} ({@code recorded}, {@code computed} or
 * {@code retirement}), {@code retirementMoment}, {@code pensionStart}, {@code path} ({@code
 * reappoint}, {@code reappoint-until-retirement}, {@code extend-until-retirement} or {@code
 * retirement}), {@code timeToRetirement} (an ISO-8601 period from the term end, when the person
 * retires after it) and, on the review event, {@code reviewMayBePostponed} ({@code discipline})
 * when a discipline is in force on the review start. The rule does not depend on {@code asOf}.
 */
final class ReappointmentRule implements WarningRule {

  static final String ID = "reappointment";
  static final String TITLE = "Bổ nhiệm lại và kéo dài thời gian giữ chức vụ";

  private final ReappointmentReference reference;
  private final RetirementCalculator calculator;

  ReappointmentRule(ReappointmentReference reference) {
    this.reference = reference;
    this.calculator = new RetirementCalculator(reference.roadmap());
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return TITLE;
  }

  @Override
  public List<WarningEvent> evaluate(PersonRecord person, LocalDate asOf) {
    // NOTE: the record cannot distinguish a concurrent post (kiêm nhiệm) from a post left for a
    // new one, so only the latest term is read and a concurrent post's term gets no events.
    Optional<LeadershipTerm> latest =
        person.leadershipTerms().stream()
            .max(
                Comparator.comparing(LeadershipTerm::effectiveDate)
                    .thenComparingLong(LeadershipTerm::id));
    if (latest.isEmpty()) {
      return List.of();
    }
    LeadershipTerm term = latest.get();
    Optional<ReappointmentReference.TermRules> startRules =
        reference.termRules(person.category(), term.effectiveDate());
    if (startRules.isEmpty()) {
      return List.of();
    }
    Retirement retirement = calculator.calculate(person);
    TermEnd end = termEnd(term, startRules.get(), retirement);
    ReappointmentReference.TermRules rules =
        reference.termRules(person.category(), end.date()).orElseThrow();
    Context context =
        new Context(term, rules, retirement, end, commonReasoning(term, rules, retirement, end));

    List<WarningEvent> events = new ArrayList<>();
    firstAppointmentCheck(context, startRules.get()).ifPresent(events::add);
    boolean retiresFirst = !retirement.retirementMoment().isAfter(end.date());
    if (term.kind() == AppointmentKind.EXTENSION || retiresFirst) {
      events.add(retirementEnd(context));
    } else {
      String path = path(context);
      events.add(reviewStart(person, context, path));
      events.add(decisionDue(context, path));
      events.add(termEnd(context, path));
    }
    events.sort(Comparator.comparing(WarningEvent::dueDate));
    return events;
  }

  private static TermEnd termEnd(
      LeadershipTerm term, ReappointmentReference.TermRules rules, Retirement retirement) {
    if (term.termEnd() != null) {
      return new TermEnd(term.termEnd(), "recorded");
    }
    if (term.kind() == AppointmentKind.EXTENSION) {
      return new TermEnd(retirement.retirementMoment(), "retirement");
    }
    return new TermEnd(term.effectiveDate().plusYears(rules.termYears()), "computed");
  }

  private static List<String> commonReasoning(
      LeadershipTerm term,
      ReappointmentReference.TermRules rules,
      Retirement retirement,
      TermEnd end) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Chức vụ "
            + term.title()
            + ": "
            + kindText(term.kind())
            + " có hiệu lực từ "
            + date(term.effectiveDate())
            + ".");
    lines.add(
        switch (end.source()) {
          case "recorded" ->
              "Quyết định ghi thời hạn giữ chức vụ đến ngày " + date(end.date()) + ".";
          case "retirement" ->
              "Kéo dài thời gian giữ chức vụ đến thời điểm nghỉ hưu, hết ngày "
                  + date(end.date())
                  + ".";
          default ->
              "Thời hạn giữ chức vụ "
                  + rules.termYears()
                  + " năm kể từ "
                  + date(term.effectiveDate())
                  + ": hết hạn ngày "
                  + date(end.date())
                  + ".";
        });
    if (end.date().isBefore(rules.effectiveFrom())) {
      lines.add(
          "Bảng quy định về thời hạn giữ chức vụ chỉ có từ ngày "
              + date(rules.effectiveFrom())
              + "; các thời hạn dưới đây theo quy định đó.");
    }
    lines.addAll(retirement.reasoning());
    return lines;
  }

  private static Optional<WarningEvent> firstAppointmentCheck(
      Context context, ReappointmentReference.TermRules startRules) {
    LeadershipTerm term = context.term();
    LocalDate fullTermEnd = term.effectiveDate().plusYears(startRules.firstAppointmentYears());
    LocalDate moment = context.retirement().retirementMoment();
    if (term.kind() != AppointmentKind.FIRST || !moment.isBefore(fullTermEnd)) {
      return Optional.empty();
    }
    List<String> reasoning = new ArrayList<>(context.reasoning());
    reasoning.add(
        "Bổ nhiệm lần đầu phải còn đủ "
            + startRules.firstAppointmentYears()
            + " năm công tác đến ngày "
            + date(fullTermEnd)
            + ", nhưng thời điểm nghỉ hưu là hết ngày "
            + date(moment)
            + " (còn "
            + periodText(Period.between(term.effectiveDate(), moment))
            + "); cần có ý kiến của cấp có thẩm quyền về trường hợp này.");
    return Optional.of(
        event(
            context,
            "first-appointment-age",
            term.effectiveDate(),
            "Bổ nhiệm lần đầu chức vụ "
                + term.title()
                + " khi không đủ tuổi công tác trọn "
                + startRules.firstAppointmentYears()
                + " năm",
            details(context, "retirement"),
            reasoning));
  }

  private static WarningEvent retirementEnd(Context context) {
    LocalDate moment = context.retirement().retirementMoment();
    LocalDate due = context.end().date().isBefore(moment) ? context.end().date() : moment;
    List<String> reasoning = new ArrayList<>(context.reasoning());
    reasoning.add(
        "Người giữ chức vụ nghỉ hưu từ hết ngày "
            + date(moment)
            + ", không muộn hơn ngày hết thời hạn, nên không xem xét bổ nhiệm lại; chức vụ kết"
            + " thúc ngày "
            + date(due)
            + ".");
    return event(
        context,
        "term-end",
        due,
        "Hết thời gian giữ chức vụ " + context.term().title() + " do nghỉ hưu",
        details(context, "retirement"),
        reasoning);
  }

  private String path(Context context) {
    LocalDate end = context.end().date();
    LocalDate moment = context.retirement().retirementMoment();
    ReappointmentReference.TermRules rules = context.rules();
    if (moment.isBefore(end.plusYears(rules.extensionYears()))) {
      return "extend-until-retirement";
    }
    if (moment.isBefore(end.plusYears(rules.untilRetirementYears()))) {
      return "reappoint-until-retirement";
    }
    return "reappoint";
  }

  private static String pathLine(Context context, String path) {
    ReappointmentReference.TermRules rules = context.rules();
    String prefix =
        "Từ ngày hết hạn "
            + date(context.end().date())
            + " đến thời điểm nghỉ hưu còn "
            + periodText(
                Period.between(context.end().date(), context.retirement().retirementMoment()));
    return switch (path) {
      case "extend-until-retirement" ->
          prefix
              + ", dưới "
              + rules.extensionYears()
              + " năm: có thể kéo dài thời gian giữ chức vụ đến thời điểm nghỉ hưu, hoặc bổ nhiệm"
              + " lại với thời hạn đến thời điểm nghỉ hưu.";
      case "reappoint-until-retirement" ->
          prefix
              + ", dưới "
              + rules.untilRetirementYears()
              + " năm: nếu bổ nhiệm lại thì thời hạn đến thời điểm nghỉ hưu.";
      default ->
          prefix
              + ", từ "
              + rules.untilRetirementYears()
              + " năm trở lên: xem xét bổ nhiệm lại với thời hạn "
              + rules.termYears()
              + " năm.";
    };
  }

  private WarningEvent reviewStart(PersonRecord person, Context context, String path) {
    ReappointmentReference.TermRules rules = context.rules();
    LocalDate due = context.end().date().minusDays(rules.reviewLeadDays());
    Map<String, String> details = details(context, path);
    List<String> reasoning = new ArrayList<>(context.reasoning());
    reasoning.add(pathLine(context, path));
    reasoning.add(
        "Bắt đầu quy trình xem xét chậm nhất "
            + rules.reviewLeadDays()
            + " ngày trước ngày hết hạn: "
            + date(due)
            + ".");
    Optional<DisciplineEntry> discipline = disciplineInForce(person, due, rules.disciplineMonths());
    if (discipline.isPresent()) {
      details.put("reviewMayBePostponed", "discipline");
      reasoning.add(
          "Ngày "
              + date(due)
              + " đang trong thời gian thi hành kỷ luật (quyết định có hiệu lực từ "
              + date(discipline.get().effectiveDate())
              + ") nên có thể lùi thời điểm xem xét.");
    }
    String action =
        path.equals("extend-until-retirement")
            ? "kéo dài thời gian giữ chức vụ " + context.term().title() + " đến tuổi nghỉ hưu"
            : "bổ nhiệm lại chức vụ " + context.term().title();
    return event(
        context,
        "reappointment-review-start",
        due,
        "Bắt đầu xem xét " + action,
        details,
        reasoning);
  }

  private WarningEvent decisionDue(Context context, String path) {
    ReappointmentReference.TermRules rules = context.rules();
    LocalDate end = context.end().date();
    LocalDate due = reference.calendar().workingDaysBefore(end, rules.decisionLeadWorkingDays());
    List<String> reasoning = new ArrayList<>(context.reasoning());
    reasoning.add(pathLine(context, path));
    reasoning.add(
        "Quyết định ban hành chậm nhất "
            + rules.decisionLeadWorkingDays()
            + " ngày làm việc trước ngày hết hạn "
            + date(end)
            + ", không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ: "
            + date(due)
            + ". Khi hết hạn mà chưa có quyết định thì không được thực hiện thẩm quyền của chức"
            + " vụ.");
    String action =
        path.equals("extend-until-retirement")
            ? "kéo dài thời gian giữ chức vụ "
            : "bổ nhiệm lại chức vụ ";
    return event(
        context,
        "reappointment-decision-due",
        due,
        "Hạn ban hành quyết định " + action + context.term().title(),
        details(context, path),
        reasoning);
  }

  private static WarningEvent termEnd(Context context, String path) {
    List<String> reasoning = new ArrayList<>(context.reasoning());
    reasoning.add(pathLine(context, path));
    return event(
        context,
        "term-end",
        context.end().date(),
        "Hết thời hạn giữ chức vụ " + context.term().title(),
        details(context, path),
        reasoning);
  }

  private static Optional<DisciplineEntry> disciplineInForce(
      PersonRecord person, LocalDate date, int months) {
    return person.disciplines().stream()
        .filter(entry -> !entry.effectiveDate().isAfter(date))
        .filter(
            entry ->
                entry.endDate() != null
                    ? !entry.endDate().isBefore(date)
                    : entry.effectiveDate().plusMonths(months).isAfter(date))
        .max(Comparator.comparing(DisciplineEntry::effectiveDate));
  }

  private static Map<String, String> details(Context context, String path) {
    LeadershipTerm term = context.term();
    Retirement retirement = context.retirement();
    Map<String, String> details = new LinkedHashMap<>();
    details.put("termId", Long.toString(term.id()));
    details.put("position", term.title());
    if (term.unitId() != null) {
      details.put("unitId", term.unitId().toString());
    }
    details.put("termKind", term.kind().name());
    details.put("termStart", term.effectiveDate().toString());
    details.put("termEnd", context.end().date().toString());
    details.put("termEndSource", context.end().source());
    details.put("retirementMoment", retirement.retirementMoment().toString());
    details.put("pensionStart", retirement.pensionStart().toString());
    details.put("path", path);
    if (retirement.retirementMoment().isAfter(context.end().date())) {
      details.put(
          "timeToRetirement",
          Period.between(context.end().date(), retirement.retirementMoment()).toString());
    }
    return details;
  }

  private static WarningEvent event(
      Context context,
      String kind,
      LocalDate due,
      String title,
      Map<String, String> details,
      List<String> reasoning) {
    String legalBasis =
        context.rules().legalBasis() + "; " + context.retirement().statutoryAge().legalBasis();
    return new WarningEvent(ID, kind, due, title, details, List.of(), legalBasis, reasoning);
  }

  private static String kindText(AppointmentKind kind) {
    return switch (kind) {
      case FIRST -> "bổ nhiệm lần đầu";
      case REAPPOINTMENT -> "bổ nhiệm lại";
      case EXTENSION -> "kéo dài thời gian giữ chức vụ đến tuổi nghỉ hưu";
    };
  }

  /** Formats a period as "4 năm 7 tháng 29 ngày", leaving out zero parts. */
  static String periodText(Period period) {
    List<String> parts = new ArrayList<>();
    if (period.getYears() != 0) {
      parts.add(period.getYears() + " năm");
    }
    if (period.getMonths() != 0) {
      parts.add(period.getMonths() + " tháng");
    }
    if (period.getDays() != 0 || parts.isEmpty()) {
      parts.add(period.getDays() + " ngày");
    }
    return String.join(" ", parts);
  }

  /**
   * When a term ends.
   *
   * @param date the last day of the term
   * @param source {@code recorded} from the decision, {@code computed} from the term length, or
   *     {@code retirement} for an extension until retirement
   */
  private record TermEnd(LocalDate date, String source) {}

  private record Context(
      LeadershipTerm term,
      ReappointmentReference.TermRules rules,
      Retirement retirement,
      TermEnd end,
      List<String> reasoning) {}
}
