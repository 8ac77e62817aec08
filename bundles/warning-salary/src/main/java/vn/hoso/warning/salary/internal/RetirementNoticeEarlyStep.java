package vn.hoso.warning.salary.internal;

import static vn.hoso.api.rules.VietnameseText.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.record.RetirementAdjustment;
import vn.hoso.api.record.RetirementAdjustmentKind;

/**
 * Decides the early step on retirement notice (Thông tư 08/2013/TT-BNV as amended by Thông tư
 * 03/2021/TT-BNV). A person with a retirement notice who meets the conditions of the step and is
 * not on the last step gets the step 12 months early when the regular step falls due within 12
 * months after the notice date. It does not apply to an earlier retirement under a restructuring
 * decree (Nghị định 178/2024/NĐ-CP, Nghị định 67/2025/NĐ-CP). Pure and thread-safe.
 */
final class RetirementNoticeEarlyStep {

  private final SalaryReference reference;

  RetirementNoticeEarlyStep(SalaryReference reference) {
    this.reference = reference;
  }

  /**
   * Decides whether the regular step of {@code time} comes early, and adds the reasons to {@code
   * reasoning}.
   *
   * @return the early step, or empty when there is no notice or a condition fails
   */
  Optional<EarlyStep> decide(PersonRecord person, StepTime time, List<String> reasoning) {
    LocalDate notice = person.retirementNoticeDate();
    if (notice == null) {
      return Optional.empty();
    }
    int windowMonths = reference.intParameter(SalaryReference.NOTICE_WINDOW_MONTHS, notice);
    int earlyMonths = reference.intParameter(SalaryReference.NOTICE_EARLY_MONTHS, notice);
    LocalDate windowEnd = notice.plusMonths(windowMonths);
    LocalDate regularDue = time.dueDate();
    String prefix = "Đã có thông báo nghỉ hưu ngày " + date(notice) + "; ";

    // The window runs from the day after the notice to windowEnd inclusive: on windowEnd the
    // person lacks exactly windowMonths, which the rule still admits.
    if (!regularDue.isAfter(notice) || regularDue.isAfter(windowEnd)) {
      reasoning.add(
          prefix
              + "thời điểm nâng bậc thường xuyên "
              + date(regularDue)
              + " không nằm trong "
              + windowMonths
              + " tháng sau ngày thông báo (đến hết "
              + date(windowEnd)
              + ") nên không nâng bậc trước thời hạn.");
      return Optional.empty();
    }
    if (!time.conditionsMet()) {
      reasoning.add(
          prefix
              + "trong thời gian giữ bậc có kỷ luật hoặc năm không hoàn thành nhiệm vụ nên không đủ"
              + " điều kiện nâng bậc trước thời hạn.");
      return Optional.empty();
    }
    Optional<RetirementAdjustment> restructuring = restructuringRetirement(person, notice);
    if (restructuring.isPresent()) {
      reasoning.add(
          prefix
              + "nghỉ hưu trước tuổi theo "
              + restructuring.get().legalBasis()
              + " nên không áp dụng nâng bậc trước thời hạn khi có thông báo nghỉ hưu.");
      return Optional.empty();
    }

    LocalDate due = regularDue.minusMonths(earlyMonths);
    reasoning.add(
        prefix
            + "thời điểm nâng bậc thường xuyên "
            + date(regularDue)
            + " nằm trong "
            + windowMonths
            + " tháng sau ngày thông báo (đến hết "
            + date(windowEnd)
            + ") nên được nâng bậc trước thời hạn "
            + earlyMonths
            + " tháng: "
            + date(due)
            + ".");
    String legalBasis =
        reference.parameter(SalaryReference.NOTICE_EARLY_MONTHS, notice).legalBasis();
    return Optional.of(new EarlyStep(earlyMonths, notice, due, legalBasis));
  }

  private Optional<RetirementAdjustment> restructuringRetirement(
      PersonRecord person, LocalDate notice) {
    List<String> excluded =
        List.of(
            reference
                .parameter(SalaryReference.NOTICE_EXCLUDED_BASES, notice)
                .value()
                .split("\\s+"));
    return person.retirementAdjustments().stream()
        .filter(adjustment -> adjustment.kind() == RetirementAdjustmentKind.EARLIER)
        .filter(adjustment -> adjustment.legalBasis() != null)
        .filter(adjustment -> excluded.stream().anyMatch(adjustment.legalBasis()::contains))
        .findFirst();
  }

  /**
   * An early step on retirement notice.
   *
   * @param months how many months early
   * @param noticeDate the date of the retirement notice
   * @param dueDate the regular due date moved {@code months} earlier
   * @param legalBasis the provision that grants it
   */
  record EarlyStep(int months, LocalDate noticeDate, LocalDate dueDate, String legalBasis) {}
}
