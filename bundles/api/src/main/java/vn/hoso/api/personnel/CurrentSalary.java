package vn.hoso.api.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The rank and salary step in force on a date: the salary history row with the latest effective
 * date not after it.
 *
 * @param rankCode mã ngạch or the professional title code, or null when the row gives none
 * @param salaryTable the salary table, for example "2"
 * @param salaryType the type within that table, for example "A1"
 * @param step bậc
 * @param coefficient hệ số lương
 * @param effectiveDate when the row took effect
 * @param seniorityAllowancePercent phụ cấp thâm niên vượt khung in percent, zero when none
 */
public record CurrentSalary(
    String rankCode,
    String salaryTable,
    String salaryType,
    int step,
    BigDecimal coefficient,
    LocalDate effectiveDate,
    BigDecimal seniorityAllowancePercent) {}
