package vn.hoso.api.personnel.history;

import vn.hoso.api.record.LegalDecision;
import vn.hoso.api.record.RetirementAdjustmentKind;

/**
 * An individual change to the retirement moment.
 *
 * @param id the row's identifier
 * @param version the row's version
 * @param kind earlier, later or postponed; required
 * @param months how many months: 1 to 60 for earlier or later retirement, 1, 3 or 6 for a
 *     postponement; required
 * @param legalBasis the provision that allows it; required
 * @param decision the decision, or null
 */
public record RetirementAdjustmentRow(
    Long id,
    Long version,
    RetirementAdjustmentKind kind,
    Integer months,
    String legalBasis,
    LegalDecision decision)
    implements HistoryRow {}
