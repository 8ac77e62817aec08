package vn.hoso.warning.salary.internal;

import static vn.hoso.api.rules.VietnameseText.date;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.record.SalaryChangeKind;
import vn.hoso.api.record.SalaryEntry;

/**
 * Lists who in a unit may get the early step for outstanding achievement in a review year, and the
 * unit's quota (Thông tư 08/2013/TT-BNV as amended by Thông tư 03/2021/TT-BNV). Pure and
 * thread-safe.
 *
 * <p>A person is eligible when, counting to the end of 31 December of the review year, they lack at
 * most 12 months to their regular step: their regular due date falls after 1 January of the next
 * year and on or before the same date a year later. They must not be on the last step, must have
 * met the conditions of the step (no discipline, no year rated không hoàn thành), and their current
 * step must not itself come from an early step for achievement. Choosing among the eligible by
 * achievement is the unit's decision.
 */
final class AchievementReview {

  private final SalaryReference reference;
  private final StepTimeCalculator calculator;

  AchievementReview(SalaryReference reference) {
    this.reference = reference;
    this.calculator = new StepTimeCalculator(reference);
  }

  /**
   * Reviews a unit.
   *
   * @param payroll every person on the unit's payroll list (danh sách trả lương); its size is the
   *     base of the quota
   * @param year the review year
   */
  Result review(List<PersonRecord> payroll, int year) {
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    // The end of 31 December is the start of 1 January: time counted "to 31/12" includes that day.
    LocalDate yearEndExclusive = yearEnd.plusDays(1);
    int maxLacking =
        reference.intParameter(SalaryReference.ACHIEVEMENT_MAX_LACKING_MONTHS, yearEnd);
    int quotaPercent = reference.intParameter(SalaryReference.ACHIEVEMENT_QUOTA_PERCENT, yearEnd);
    LocalDate latestDue = yearEndExclusive.plusMonths(maxLacking);

    List<Candidate> candidates = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (PersonRecord person : payroll) {
      Optional<SalaryPosition> position;
      try {
        position = SalaryPosition.of(person, reference);
      } catch (IllegalArgumentException e) {
        skipped.add(new Skipped(person.id(), e.getMessage()));
        continue;
      }
      if (position.isEmpty() || position.get().onLastStep()) {
        continue;
      }
      SalaryEntry entry = position.get().entry();
      if (entry.changeKind() == SalaryChangeKind.EARLY_STEP_FOR_ACHIEVEMENT) {
        continue;
      }
      StepTime time =
          calculator.compute(
              person, entry.countedFrom(), reference.requireInterval(entry).months());
      LocalDate due = time.dueDate();
      if (!time.conditionsMet() || !due.isAfter(yearEndExclusive) || due.isAfter(latestDue)) {
        continue;
      }
      String note =
          entry.changeKind() == null
              ? "Hồ sơ không ghi lý do xếp bậc hiện tại (từ "
                  + date(entry.effectiveDate())
                  + "); cần kiểm tra bậc này không do nâng bậc lương trước thời hạn vì thành tích."
              : "";
      candidates.add(
          new Candidate(
              person.id(),
              entry.salaryType(),
              entry.step(),
              due,
              monthsLacking(yearEndExclusive, due),
              note));
    }
    candidates.sort(
        Comparator.comparing(Candidate::regularDueDate).thenComparingLong(Candidate::personId));

    // At most quotaPercent of the payroll list, so the exact share is rounded down.
    BigDecimal quotaExact =
        BigDecimal.valueOf(payroll.size())
            .multiply(BigDecimal.valueOf(quotaPercent))
            .movePointLeft(2)
            .stripTrailingZeros();
    int quota = quotaExact.setScale(0, RoundingMode.FLOOR).intValueExact();
    String legalBasis =
        reference.parameter(SalaryReference.ACHIEVEMENT_QUOTA_PERCENT, yearEnd).legalBasis();
    return new Result(
        year, payroll.size(), quotaPercent, quotaExact, quota, candidates, skipped, legalBasis);
  }

  /** Counts the months from {@code from} to {@code due}; a started month counts as a whole one. */
  private static int monthsLacking(LocalDate from, LocalDate due) {
    int months = (int) ChronoUnit.MONTHS.between(from, due);
    return from.plusMonths(months).isBefore(due) ? months + 1 : months;
  }

  /**
   * The outcome of a review.
   *
   * @param year the review year
   * @param payrollSize the number of people on the payroll list
   * @param quotaPercent the maximum share of the payroll list, in percent
   * @param quotaExact payroll size times the percentage, before rounding
   * @param quota the number of early steps allowed, {@code quotaExact} rounded down
   * @param candidates the eligible people by regular due date
   * @param skipped people whose salary row the rule cannot interpret
   * @param legalBasis the provision that sets the quota
   */
  record Result(
      int year,
      int payrollSize,
      int quotaPercent,
      BigDecimal quotaExact,
      int quota,
      List<Candidate> candidates,
      List<Skipped> skipped,
      String legalBasis) {

    Result {
      candidates = List.copyOf(candidates);
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * An eligible person.
   *
   * @param personId the person's identifier
   * @param salaryType the salary type of the current step
   * @param currentStep the current step
   * @param regularDueDate when the regular step falls due
   * @param monthsLacking the months still lacking at the end of the review year, a started month
   *     counted as whole
   * @param note a Vietnamese remark for the officer, empty when none
   */
  record Candidate(
      long personId,
      String salaryType,
      int currentStep,
      LocalDate regularDueDate,
      int monthsLacking,
      String note) {}

  /**
   * A person left out because their record cannot be interpreted.
   *
   * @param personId the person's identifier
   * @param reason the error message
   */
  record Skipped(long personId, String reason) {}
}
