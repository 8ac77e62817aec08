package vn.hoso.warning.salary.internal;

import static vn.hoso.api.rules.VietnameseText.date;
import static vn.hoso.api.rules.VietnameseText.decimal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.record.SalaryEntry;
import vn.hoso.api.warning.DueDateAdjustment;
import vn.hoso.api.warning.WarningEvent;
import vn.hoso.api.warning.WarningRule;

/**
 * The salary rule, pure and thread-safe. Below the last step it computes the next regular step
 * (nâng bậc lương thường xuyên, Thông tư 08/2013/TT-BNV as amended by Thông tư 03/2021/TT-BNV). On
 * the last step it computes the seniority allowance beyond the scale (phụ cấp thâm niên vượt khung,
 * Nghị định 204/2004/NĐ-CP Art. 6).
 *
 * <p>It returns at most one event, computed from the current salary row (the latest by effective
 * date):
 *
 * <ul>
 *   <li>{@code salary-step-due} below the last step. Details: {@code salaryTable}, {@code
 *       salaryType}, {@code currentStep}, {@code lastStep}, {@code currentCoefficient}, {@code
 *       nextStep}, {@code nextCoefficient}, {@code countedFrom}, {@code intervalMonths}, {@code
 *       extensionMonths}, {@code nonCountedWorkingDays}, {@code nonCountedMonths}, {@code
 *       totalMonths}, {@code regularDueDate}, {@code earlyMonths} (12 for the early step on
 *       retirement notice, otherwise 0) and, with a notice, {@code retirementNoticeDate}.
 *   <li>{@code seniority-allowance-due} on the last step of a type that has the allowance. Details
 *       as above without the next step, plus {@code currentPercent}, {@code nextPercent} and {@code
 *       allowanceCoefficient} (the last coefficient times the next percent).
 * </ul>
 *
 * <p>Adjustments use the causes {@code discipline}, {@code evaluation}, {@code non-counted} and
 * {@code early-step}. The rule does not depend on {@code asOf}.
 */
final class SalaryStepRule implements WarningRule {

  static final String ID = "salary-step";
  static final String TITLE = "Nâng bậc lương thường xuyên và phụ cấp thâm niên vượt khung";

  private final SalaryReference reference;
  private final StepTimeCalculator calculator;
  private final RetirementNoticeEarlyStep earlyStep;

  SalaryStepRule(SalaryReference reference) {
    this.reference = reference;
    this.calculator = new StepTimeCalculator(reference);
    this.earlyStep = new RetirementNoticeEarlyStep(reference);
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
    Optional<SalaryPosition> position = SalaryPosition.of(person, reference);
    if (position.isEmpty()) {
      return List.of();
    }
    if (!position.get().onLastStep()) {
      return List.of(regularStep(person, position.get()));
    }
    return seniorityAllowance(person, position.get()).map(List::of).orElse(List.of());
  }

  private WarningEvent regularStep(PersonRecord person, SalaryPosition position) {
    SalaryEntry entry = position.entry();
    SalaryReference.Interval interval = reference.requireInterval(entry);
    StepTime time = calculator.compute(person, entry.countedFrom(), interval.months());
    int nextStep = entry.step() + 1;
    BigDecimal nextCoefficient =
        reference
            .scale(entry.salaryTable(), entry.salaryType(), time.dueDate())
            .orElse(position.scale())
            .coefficient(nextStep);

    List<String> reasoning = new ArrayList<>(currentLines(position));
    reasoning.add(
        "Thời gian nâng bậc lương thường xuyên của loại "
            + entry.salaryType()
            + ": "
            + interval.months()
            + " tháng.");
    reasoning.addAll(time.reasoning());
    reasoning.add("Bậc mới: bậc " + nextStep + ", hệ số " + decimal(nextCoefficient) + ".");
    Optional<RetirementNoticeEarlyStep.EarlyStep> early = earlyStep.decide(person, time, reasoning);

    Map<String, String> details = positionDetails(position);
    details.put("nextStep", Integer.toString(nextStep));
    details.put("nextCoefficient", nextCoefficient.toPlainString());
    putTimeDetails(details, time);
    details.put("regularDueDate", time.dueDate().toString());
    details.put(
        "earlyMonths",
        Integer.toString(early.map(RetirementNoticeEarlyStep.EarlyStep::months).orElse(0)));
    if (person.retirementNoticeDate() != null) {
      details.put("retirementNoticeDate", person.retirementNoticeDate().toString());
    }

    List<DueDateAdjustment> adjustments = new ArrayList<>(time.adjustments());
    Set<String> legalBases = new LinkedHashSet<>();
    legalBases.add(interval.legalBasis());
    legalBases.addAll(time.legalBases());
    String stepText =
        "bậc "
            + nextStep
            + "/"
            + position.scale().lastStep()
            + ", hệ số "
            + decimal(nextCoefficient);
    String title = "Nâng lương lên " + stepText;
    LocalDate due = time.dueDate();
    if (early.isPresent()) {
      RetirementNoticeEarlyStep.EarlyStep step = early.get();
      adjustments.add(
          new DueDateAdjustment(
              "early-step",
              "Nâng bậc lương trước thời hạn do có thông báo nghỉ hưu",
              step.noticeDate(),
              null,
              null,
              -step.months()));
      legalBases.add(step.legalBasis());
      title =
          "Nâng bậc lương trước thời hạn "
              + step.months()
              + " tháng do có thông báo nghỉ hưu: "
              + stepText;
      due = step.dueDate();
    }
    return new WarningEvent(
        ID,
        "salary-step-due",
        due,
        title,
        details,
        adjustments,
        joinLegalBases(legalBases),
        reasoning);
  }

  private Optional<WarningEvent> seniorityAllowance(PersonRecord person, SalaryPosition position) {
    SalaryEntry entry = position.entry();
    Optional<SalaryReference.Seniority> rule =
        reference.seniority(entry.salaryTable(), entry.salaryType(), entry.countedFrom());
    if (rule.isEmpty()) {
      return Optional.empty();
    }
    SalaryReference.Seniority seniority = rule.get();
    BigDecimal currentPercent = entry.seniorityAllowancePercent();
    boolean first = currentPercent.signum() == 0;
    int baseMonths = first ? seniority.firstAfterMonths() : seniority.furtherAfterMonths();
    BigDecimal nextPercent =
        first
            ? BigDecimal.valueOf(seniority.firstPercent())
            : currentPercent.add(BigDecimal.valueOf(seniority.furtherPercent()));
    BigDecimal allowanceCoefficient =
        entry.coefficient().multiply(nextPercent).movePointLeft(2).stripTrailingZeros();
    StepTime time = calculator.compute(person, entry.countedFrom(), baseMonths);

    List<String> reasoning = new ArrayList<>(currentLines(position));
    reasoning.add(
        first
            ? "Đã xếp bậc cuối cùng: sau "
                + baseMonths
                + " tháng hưởng phụ cấp thâm niên vượt khung "
                + seniority.firstPercent()
                + "%."
            : "Đang hưởng phụ cấp thâm niên vượt khung "
                + percentText(currentPercent)
                + "%: sau mỗi "
                + baseMonths
                + " tháng tăng thêm "
                + seniority.furtherPercent()
                + "%.");
    reasoning.addAll(time.reasoning());
    reasoning.add(
        "Phụ cấp mới: "
            + percentText(nextPercent)
            + "% × hệ số "
            + decimal(entry.coefficient())
            + " = "
            + decimal(allowanceCoefficient)
            + ".");

    Map<String, String> details = positionDetails(position);
    details.put("currentPercent", currentPercent.stripTrailingZeros().toPlainString());
    details.put("nextPercent", nextPercent.stripTrailingZeros().toPlainString());
    details.put("allowanceCoefficient", allowanceCoefficient.toPlainString());
    putTimeDetails(details, time);

    Set<String> legalBases = new LinkedHashSet<>();
    legalBases.add(seniority.legalBasis());
    legalBases.addAll(time.legalBases());
    String title =
        (first ? "Hưởng phụ cấp thâm niên vượt khung " : "Nâng phụ cấp thâm niên vượt khung lên ")
            + percentText(nextPercent)
            + "% (hệ số "
            + decimal(allowanceCoefficient)
            + ")";
    return Optional.of(
        new WarningEvent(
            ID,
            "seniority-allowance-due",
            time.dueDate(),
            title,
            details,
            time.adjustments(),
            joinLegalBases(legalBases),
            reasoning));
  }

  private static List<String> currentLines(SalaryPosition position) {
    SalaryEntry entry = position.entry();
    BigDecimal scaleCoefficient = position.scale().coefficient(entry.step());
    List<String> lines = new ArrayList<>();
    String effective =
        entry.effectiveDate().equals(entry.countedFrom())
            ? ""
            : " (bậc có hiệu lực từ " + date(entry.effectiveDate()) + ")";
    lines.add(
        "Bậc hiện tại: bậc "
            + entry.step()
            + "/"
            + position.scale().lastStep()
            + " loại "
            + entry.salaryType()
            + " bảng "
            + entry.salaryTable()
            + ", hệ số "
            + decimal(entry.coefficient())
            + "; thời gian giữ bậc tính từ "
            + date(entry.countedFrom())
            + effective
            + ".");
    if (entry.coefficient().compareTo(scaleCoefficient) != 0) {
      lines.add(
          "Lưu ý: hệ số trong hồ sơ "
              + decimal(entry.coefficient())
              + " khác hệ số "
              + decimal(scaleCoefficient)
              + " của bảng lương cho bậc "
              + entry.step()
              + "; cần kiểm tra hồ sơ.");
    }
    return lines;
  }

  private static Map<String, String> positionDetails(SalaryPosition position) {
    SalaryEntry entry = position.entry();
    Map<String, String> details = new LinkedHashMap<>();
    details.put("salaryTable", entry.salaryTable());
    details.put("salaryType", entry.salaryType());
    details.put("currentStep", Integer.toString(entry.step()));
    details.put("lastStep", Integer.toString(position.scale().lastStep()));
    details.put("currentCoefficient", entry.coefficient().toPlainString());
    return details;
  }

  private static void putTimeDetails(Map<String, String> details, StepTime time) {
    details.put("countedFrom", time.countedFrom().toString());
    details.put("intervalMonths", Integer.toString(time.baseMonths()));
    details.put("extensionMonths", Integer.toString(time.extensionMonths()));
    details.put("nonCountedWorkingDays", Integer.toString(time.nonCountedWorkingDays()));
    details.put("nonCountedMonths", Integer.toString(time.nonCountedMonths()));
    details.put("totalMonths", Integer.toString(time.totalMonths()));
  }

  /**
   * Joins provisions with "; ", splitting entries that already list several so that each provision
   * appears once.
   */
  static String joinLegalBases(Set<String> legalBases) {
    Set<String> provisions = new LinkedHashSet<>();
    for (String basis : legalBases) {
      for (String provision : basis.split(";")) {
        if (!provision.isBlank()) {
          provisions.add(provision.strip());
        }
      }
    }
    return String.join("; ", provisions);
  }

  private static String percentText(BigDecimal percent) {
    return percent.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
