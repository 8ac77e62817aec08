package vn.hoso.records.internal.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.hoso.api.personnel.history.SalaryRow;
import vn.hoso.records.internal.reference.RankEntity;
import vn.hoso.records.internal.reference.SalaryTypeEntity;
import vn.hoso.records.internal.validation.Problems;

/**
 * Rules of the salary history: the rank decides the salary table and type, the step must exist in
 * that type, and the coefficient must be the table's coefficient of the step on the effective date.
 */
final class SalaryRules implements HistoryRules<SalaryRow> {

  @Override
  public SalaryRow check(
      HistoryContext context, SalaryRow row, List<SalaryRow> others, Problems problems) {
    LocalDate effectiveDate = row.effectiveDate();
    if (problems.required("effectiveDate", effectiveDate)
        && problems.plausibleDate("effectiveDate", effectiveDate)) {
      problems.notBeforeBirth("effectiveDate", effectiveDate, context.birthDate());
      for (SalaryRow other : others) {
        if (effectiveDate.equals(other.effectiveDate())) {
          problems.add("effectiveDate", "duplicate-effective-date", effectiveDate);
          break;
        }
      }
    }

    String salaryTable = row.salaryTable();
    String salaryType = row.salaryType();
    if (row.rankCode() != null) {
      Optional<RankEntity> rank = context.reference().rank(row.rankCode());
      if (rank.isEmpty()) {
        problems.add("rankCode", "unknown-code", row.rankCode());
      } else {
        String rankTable = rank.get().getSalaryTable();
        String rankType = rank.get().getSalaryType();
        if ((salaryTable != null && !salaryTable.equals(rankTable))
            || (salaryType != null && !salaryType.equals(rankType))) {
          problems.add(
              "salaryType",
              "salary-type-mismatch",
              tableAndType(salaryTable, salaryType),
              row.rankCode(),
              tableAndType(rankTable, rankType));
        }
        salaryTable = rankTable;
        salaryType = rankType;
      }
    } else {
      problems.required("salaryTable", salaryTable);
      problems.required("salaryType", salaryType);
    }

    Optional<SalaryTypeEntity> type = Optional.empty();
    if (salaryTable != null && salaryType != null && !problems.has("rankCode")) {
      type = context.reference().salaryType(salaryTable, salaryType);
      if (type.isEmpty()) {
        problems.add("salaryType", "unknown-code", tableAndType(salaryTable, salaryType));
      }
    }

    Integer step = row.step();
    boolean stepValid = problems.required("step", step) && problems.range("step", step, 1, 99);
    if (stepValid && type.isPresent() && step > type.get().getStepCount()) {
      problems.add(
          "step",
          "step-out-of-range",
          step,
          tableAndType(salaryTable, salaryType),
          type.get().getStepCount());
      stepValid = false;
    }

    BigDecimal coefficient = row.coefficient();
    problems.decimal("coefficient", coefficient, "0.5", "20");
    // The table decides the coefficient once table, type, step and date are all valid. When one
    // of them is not, that problem is reported and the coefficient is left unchecked.
    boolean lookupPossible = stepValid && type.isPresent() && effectiveDate != null;
    Optional<BigDecimal> expected =
        lookupPossible
            ? context.reference().coefficient(salaryTable, salaryType, step, effectiveDate)
            : Optional.empty();
    if (expected.isPresent()) {
      if (coefficient != null && coefficient.compareTo(expected.get()) != 0) {
        problems.add("coefficient", "coefficient-mismatch", coefficient, expected.get());
      }
      coefficient = expected.get();
    } else if (lookupPossible) {
      // NOTE: the reference tables start on 01/10/2004; coefficients of older rows (salary
      // tables of Nghị định 25/CP, 1993) are stored as given, unchecked.
      problems.required("coefficient", coefficient);
    }

    LocalDate countedFrom = row.countedFrom() == null ? effectiveDate : row.countedFrom();
    problems.plausibleDate("countedFrom", countedFrom);

    BigDecimal seniority =
        row.seniorityAllowancePercent() == null ? BigDecimal.ZERO : row.seniorityAllowancePercent();
    problems.decimal("seniorityAllowancePercent", seniority, "0", "100");
    if (seniority.signum() > 0
        && stepValid
        && type.isPresent()
        && step != type.get().getStepCount()) {
      problems.add(
          "seniorityAllowancePercent",
          "seniority-allowance-not-last-step",
          step,
          type.get().getStepCount());
    }
    HistoryChecks.checkDecision(context, problems, row.decision());

    return new SalaryRow(
        row.id(),
        row.version(),
        salaryTable,
        salaryType,
        row.rankCode(),
        step,
        HistoryChecks.scale2(coefficient),
        effectiveDate,
        countedFrom,
        HistoryChecks.scale2(seniority),
        row.decision(),
        row.note());
  }

  /** Shows a salary table and type as "2 / A1", the same in every language. */
  private static String tableAndType(String salaryTable, String salaryType) {
    return salaryTable + " / " + salaryType;
  }
}
