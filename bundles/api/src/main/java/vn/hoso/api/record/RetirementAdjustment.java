package vn.hoso.api.record;

import java.util.Objects;

/**
 * An individual change to the retirement moment.
 *
 * @param id the row's identifier
 * @param kind earlier, later or postponed
 * @param months how many months earlier or later
 * @param legalBasis the provision or decision that allows it
 * @param decision the decision, or null
 */
public record RetirementAdjustment(
    long id, RetirementAdjustmentKind kind, int months, String legalBasis, LegalDecision decision) {

  public RetirementAdjustment {
    Objects.requireNonNull(kind, "kind");
    if (months <= 0) {
      throw new IllegalArgumentException("months must be positive: " + months);
    }
  }
}
