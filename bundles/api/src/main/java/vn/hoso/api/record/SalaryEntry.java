package vn.hoso.api.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the salary history: the rank (ngạch), step (bậc) and coefficient (hệ số) that took
 * effect on a date.
 *
 * @param id the row's identifier
 * @param salaryTable the salary table of Nghị định 204/2004/NĐ-CP, for example "2" for civil
 *     servants in state agencies or "3" for public employees
 * @param salaryType the type within that table, for example "A1", "A2.1", "B" or "CGCC" (chuyên gia
 *     cao cấp, table 1)
 * @param rankCode mã ngạch or the professional title code, for example "01.003" or "V.11.01.03"
 * @param step bậc, starting at 1
 * @param coefficient hệ số lương of that step
 * @param effectiveDate when this step took effect
 * @param countedFrom thời điểm tính nâng bậc lần sau: the date the time towards the next step
 *     counts from, usually but not always {@code effectiveDate}
 * @param seniorityAllowancePercent phụ cấp thâm niên vượt khung in percent on the last step, zero
 *     when none
 * @param decision the decision, or null
 */
public record SalaryEntry(
    long id,
    String salaryTable,
    String salaryType,
    String rankCode,
    int step,
    BigDecimal coefficient,
    LocalDate effectiveDate,
    LocalDate countedFrom,
    BigDecimal seniorityAllowancePercent,
    LegalDecision decision) {

  public SalaryEntry {
    Objects.requireNonNull(salaryTable, "salaryTable");
    Objects.requireNonNull(salaryType, "salaryType");
    Objects.requireNonNull(coefficient, "coefficient");
    Objects.requireNonNull(effectiveDate, "effectiveDate");
    Objects.requireNonNull(countedFrom, "countedFrom");
    Objects.requireNonNull(seniorityAllowancePercent, "seniorityAllowancePercent");
  }
}
