package vn.hoso.api.personnel;

import java.time.LocalDate;
import vn.hoso.api.record.LegalDecision;

/**
 * Moves a unit under another parent (or to the top level) as a decision orders it.
 *
 * @param newParentId the new parent, or null for the top level
 * @param effectiveDate when the move takes effect; null for today
 * @param decision the decision ordering the move, or null
 * @param version the version of the unit the caller read; required
 */
public record UnitMoveRequest(
    Long newParentId, LocalDate effectiveDate, LegalDecision decision, Long version) {}
