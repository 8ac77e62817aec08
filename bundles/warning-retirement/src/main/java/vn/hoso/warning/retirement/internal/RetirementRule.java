package vn.hoso.warning.retirement.internal;

import static vn.hoso.api.rules.VietnameseText.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.record.RetirementAdjustment;
import vn.hoso.api.rules.Retirement;
import vn.hoso.api.rules.RetirementCalculator;
import vn.hoso.api.warning.DueDateAdjustment;
import vn.hoso.api.warning.WarningEvent;
import vn.hoso.api.warning.WarningRule;

/**
 * The retirement rule (Bộ luật Lao động 2019 Art. 169; Nghị định 135/2020/NĐ-CP Art. 4), pure and
 * thread-safe.
 *
 * <p>Event kinds, in due-date order:
 *
 * <ul>
 *   <li>{@code retirement-notice-due}: the written notice of the retirement moment is due; omitted
 *       once the record has a notice date, and for categories without deadlines (người lao động)
 *   <li>{@code retirement-decision-due}: the retirement decision is due; for the same categories
 *   <li>{@code retirement}: due on the retirement moment, the last day of the month in which the
 *       age is reached (the person retires at the end of it), with the pension start in the details
 * </ul>
 *
 * <p>Details of {@code retirement}: {@code birthDate} (the date used), {@code birthPrecision},
 * {@code yearReached}, {@code statutoryAgeYears}, {@code statutoryAgeMonths}, {@code ageYears},
 * {@code ageMonths} (after an earlier or later retirement), {@code ageReachedOn}, {@code
 * postponedMonths}, {@code retirementMoment} and {@code pensionStart}. The deadline events carry
 * {@code retirementMoment}, {@code pensionStart} and {@code monthsBefore}.
 *
 * <p>The rule does not depend on {@code asOf}: a retirement whose moment has passed stays as an
 * overdue event until the record shows the person left.
 */
final class RetirementRule implements WarningRule {

  static final String ID = "retirement";
  static final String TITLE = "Nghỉ hưu";

  private final RetirementReference reference;
  private final RetirementCalculator calculator;

  RetirementRule(RetirementReference reference) {
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
    Retirement retirement = calculator.calculate(person);

    List<WarningEvent> events = new ArrayList<>();
    events.add(retirementEvent(person, retirement));
    reference
        .deadlines(person.category(), retirement.retirementMoment())
        .ifPresent(deadlines -> events.addAll(deadlineEvents(person, retirement, deadlines)));

    events.sort(Comparator.comparing(WarningEvent::dueDate));
    return events;
  }

  private static WarningEvent retirementEvent(PersonRecord person, Retirement retirement) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("birthDate", retirement.birthDate().toString());
    details.put("birthPrecision", person.birthDate().precision().name());
    details.put("yearReached", Integer.toString(retirement.yearReached()));
    details.put("statutoryAgeYears", Integer.toString(retirement.statutoryAge().years()));
    details.put("statutoryAgeMonths", Integer.toString(retirement.statutoryAge().months()));
    details.put("ageYears", Integer.toString(retirement.appliedAge().years()));
    details.put("ageMonths", Integer.toString(retirement.appliedAge().months()));
    details.put("ageReachedOn", retirement.ageReachedOn().toString());
    details.put("postponedMonths", Integer.toString(retirement.postponedMonths()));
    details.put("retirementMoment", retirement.retirementMoment().toString());
    details.put("pensionStart", retirement.pensionStart().toString());

    List<String> legalBasis = new ArrayList<>();
    legalBasis.add(retirement.statutoryAge().legalBasis());
    retirement.appliedAdjustments().stream()
        .map(RetirementAdjustment::legalBasis)
        .filter(basis -> basis != null && !basis.isBlank())
        .forEach(legalBasis::add);

    String title =
        "Nghỉ hưu từ hết ngày "
            + date(retirement.retirementMoment())
            + ", hưởng lương hưu từ "
            + date(retirement.pensionStart());
    return new WarningEvent(
        ID,
        "retirement",
        retirement.retirementMoment(),
        title,
        details,
        retirement.appliedAdjustments().stream().map(RetirementRule::adjustment).toList(),
        String.join("; ", legalBasis),
        retirement.reasoning());
  }

  private static List<WarningEvent> deadlineEvents(
      PersonRecord person, Retirement retirement, RetirementReference.Deadlines deadlines) {
    List<String> common = new ArrayList<>(retirement.reasoning());
    if (retirement.retirementMoment().isBefore(deadlines.effectiveFrom())) {
      common.add(
          "Bảng thời hạn chỉ có quy định từ ngày "
              + date(deadlines.effectiveFrom())
              + "; thời hạn dưới đây theo quy định đó.");
    }

    List<WarningEvent> events = new ArrayList<>();
    if (person.retirementNoticeDate() == null) {
      events.add(
          deadlineEvent(
              "retirement-notice-due",
              "Thông báo nghỉ hưu bằng văn bản",
              "Hạn thông báo bằng văn bản",
              deadlines.noticeMonths(),
              retirement,
              deadlines,
              common));
    }
    events.add(
        deadlineEvent(
            "retirement-decision-due",
            "Ban hành quyết định nghỉ hưu",
            "Hạn ban hành quyết định nghỉ hưu",
            deadlines.decisionMonths(),
            retirement,
            deadlines,
            common));
    return events;
  }

  private static WarningEvent deadlineEvent(
      String kind,
      String action,
      String deadlineLabel,
      int monthsBefore,
      Retirement retirement,
      RetirementReference.Deadlines deadlines,
      List<String> commonReasoning) {
    LocalDate moment = retirement.retirementMoment();
    // Same day of month, months earlier; a day the month lacks becomes the month's last day.
    LocalDate due = moment.minusMonths(monthsBefore);

    Map<String, String> details = new LinkedHashMap<>();
    details.put("retirementMoment", moment.toString());
    details.put("pensionStart", retirement.pensionStart().toString());
    details.put("monthsBefore", Integer.toString(monthsBefore));

    List<String> reasoning = new ArrayList<>(commonReasoning);
    reasoning.add(
        deadlineLabel
            + ": hết ngày "
            + date(moment)
            + " lùi "
            + monthsBefore
            + " tháng là ngày "
            + date(due)
            + ".");
    String title =
        action + " chậm nhất ngày " + date(due) + " (nghỉ hưu từ hết ngày " + date(moment) + ")";
    return new WarningEvent(
        ID, kind, due, title, details, List.of(), deadlines.legalBasis(), reasoning);
  }

  private static DueDateAdjustment adjustment(RetirementAdjustment adjustment) {
    LocalDate signedOn =
        Optional.ofNullable(adjustment.decision())
            .map(decision -> decision.signedOn())
            .orElse(null);
    return switch (adjustment.kind()) {
      case EARLIER ->
          new DueDateAdjustment(
              "retirement-earlier", "Nghỉ hưu sớm", signedOn, null, null, -adjustment.months());
      case LATER ->
          new DueDateAdjustment(
              "retirement-later", "Nghỉ hưu muộn", signedOn, null, null, adjustment.months());
      case POSTPONED ->
          new DueDateAdjustment(
              "retirement-postponed",
              "Lùi thời điểm nghỉ hưu",
              signedOn,
              null,
              null,
              adjustment.months());
    };
  }
}
