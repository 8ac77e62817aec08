package vn.hoso.records.internal.history;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.hoso.api.record.LegalDecision;
import vn.hoso.records.internal.unit.UnitEntity;
import vn.hoso.records.internal.validation.Problems;

/** Checks shared by several history tables. */
final class HistoryChecks {

  private HistoryChecks() {}

  /** Checks that a decision was not signed in the future or before 1900. */
  static void checkDecision(HistoryContext context, Problems problems, LegalDecision decision) {
    if (decision != null) {
      problems.pastDate("decision.signedOn", decision.signedOn(), context.today());
    }
  }

  /** Checks a unit reference: it must exist when given. */
  static void checkUnit(HistoryContext context, Problems problems, String field, Long unitId) {
    if (unitId != null && context.session().em().find(UnitEntity.class, unitId) == null) {
      problems.add(field, "unit-not-found", unitId);
    }
  }

  static BigDecimal scale2(BigDecimal value) {
    return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
  }
}
