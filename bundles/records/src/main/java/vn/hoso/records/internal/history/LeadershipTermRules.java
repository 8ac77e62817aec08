package vn.hoso.records.internal.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.hoso.api.personnel.history.LeadershipTermRow;
import vn.hoso.records.internal.reference.LeadershipAllowanceEntity;
import vn.hoso.records.internal.validation.Problems;

/**
 * Rules of leadership terms. A term lasts five years from its effective date unless the decision
 * gives another end, and ends early on {@code endedOn}; terms of the same title in the same unit
 * must not overlap. Concurrent posts with other titles are allowed.
 */
final class LeadershipTermRules implements HistoryRules<LeadershipTermRow> {

  /** A term's length when the decision states no end (Nghị định 170/2025/NĐ-CP). */
  static final int TERM_YEARS = 5;

  @Override
  public LeadershipTermRow check(
      HistoryContext context,
      LeadershipTermRow row,
      List<LeadershipTermRow> others,
      Problems problems) {
    problems.required("title", row.title());
    problems.required("kind", row.kind());
    LocalDate effectiveDate = row.effectiveDate();
    if (problems.required("effectiveDate", effectiveDate)
        && problems.plausibleDate("effectiveDate", effectiveDate)) {
      problems.notBeforeBirth("effectiveDate", effectiveDate, context.birthDate());
    }
    problems.plausibleDate("termEnd", row.termEnd());
    problems.endNotBeforeStart("termEnd", effectiveDate, row.termEnd());
    problems.plausibleDate("endedOn", row.endedOn());
    problems.endNotBeforeStart("endedOn", effectiveDate, row.endedOn());
    HistoryChecks.checkUnit(context, problems, "unitId", row.unitId());

    BigDecimal allowance = row.allowanceCoefficient();
    problems.decimal("allowanceCoefficient", allowance, "0", "2");
    if (row.positionCode() != null) {
      if (!context.reference().hasLeadershipPosition(row.positionCode())) {
        problems.add("positionCode", "unknown-code", row.positionCode());
      } else if (effectiveDate != null) {
        allowance = checkAllowance(context, problems, row.positionCode(), effectiveDate, allowance);
      }
    }

    if (effectiveDate != null && row.title() != null) {
      List<LeadershipTermRow> sameSeat =
          others.stream()
              .filter(o -> row.title().equalsIgnoreCase(o.title()))
              .filter(o -> Objects.equals(row.unitId(), o.unitId()))
              .toList();
      Periods.checkNoOverlap(
          problems,
          "effectiveDate",
          effectiveDate,
          lastDay(row),
          sameSeat,
          LeadershipTermRow::effectiveDate,
          LeadershipTermRules::lastDay);
    }
    HistoryChecks.checkDecision(context, problems, row.decision());

    return new LeadershipTermRow(
        row.id(),
        row.version(),
        row.title(),
        row.positionCode(),
        HistoryChecks.scale2(allowance),
        row.unitId(),
        row.kind(),
        effectiveDate,
        row.termEnd(),
        row.endedOn(),
        row.decision());
  }

  /**
   * Checks the allowance against the coefficients the table lists for the position on the date, and
   * takes the only one when none was given.
   */
  private static BigDecimal checkAllowance(
      HistoryContext context,
      Problems problems,
      String positionCode,
      LocalDate effectiveDate,
      BigDecimal allowance) {
    List<LeadershipAllowanceEntity> rows =
        context.reference().leadershipAllowances(positionCode, effectiveDate);
    if (rows.isEmpty()) {
      return allowance;
    }
    if (allowance == null) {
      return rows.size() == 1 ? rows.get(0).getCoefficient() : null;
    }
    boolean listed = rows.stream().anyMatch(r -> r.getCoefficient().compareTo(allowance) == 0);
    if (!listed) {
      String expected =
          rows.stream()
              .map(r -> r.getCoefficient().stripTrailingZeros().toPlainString())
              .collect(Collectors.joining(", "));
      problems.add("allowanceCoefficient", "coefficient-mismatch", allowance, expected);
    }
    return allowance;
  }

  /** Returns the last day the term covers: the day before it ends or was left, inclusive. */
  private static LocalDate lastDay(LeadershipTermRow row) {
    if (row.effectiveDate() == null) {
      return null;
    }
    LocalDate end =
        row.termEnd() == null ? row.effectiveDate().plusYears(TERM_YEARS) : row.termEnd();
    if (row.endedOn() != null && row.endedOn().isBefore(end)) {
      end = row.endedOn();
    }
    return end.isAfter(row.effectiveDate()) ? end.minusDays(1) : row.effectiveDate();
  }
}
