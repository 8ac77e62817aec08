package vn.hoso.api.personnel.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.hoso.api.record.LegalDecision;

/**
 * A row of the salary history (quá trình lương).
 *
 * @param id the row's identifier
 * @param version the row's version
 * @param salaryTable the salary table of Nghị định 204/2004/NĐ-CP ("1", "2" or "3"); derived from
 *     {@code rankCode} when null
 * @param salaryType the type within that table, for example "A1"; derived from {@code rankCode}
 *     when null
 * @param rankCode mã ngạch or professional title code; either it or table and type are required
 * @param step bậc, from 1 to the last step of the type; required
 * @param coefficient hệ số lương; must equal the table's coefficient of that step, which is taken
 *     when null
 * @param effectiveDate when the step took effect; required
 * @param countedFrom when the time towards the next step counts from; {@code effectiveDate} when
 *     null
 * @param seniorityAllowancePercent phụ cấp thâm niên vượt khung in percent, only on the last step;
 *     zero when null
 * @param decision the decision, or null
 * @param note a free-text remark
 */
public record SalaryRow(
    Long id,
    Long version,
    String salaryTable,
    String salaryType,
    String rankCode,
    Integer step,
    BigDecimal coefficient,
    LocalDate effectiveDate,
    LocalDate countedFrom,
    BigDecimal seniorityAllowancePercent,
    LegalDecision decision,
    String note)
    implements HistoryRow {}
