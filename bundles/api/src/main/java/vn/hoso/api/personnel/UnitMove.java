package vn.hoso.api.personnel;

import java.time.Instant;
import java.time.LocalDate;
import vn.hoso.api.record.LegalDecision;

/**
 * One move of a unit in the unit tree, as kept in its history.
 *
 * @param id the row's identifier
 * @param unitId the unit moved
 * @param oldParentId the parent before, or null when it was a top-level unit
 * @param newParentId the parent after, or null when it became a top-level unit
 * @param effectiveDate when the move took effect
 * @param decision the decision ordering it, or null
 * @param recordedAt when the move was stored
 * @param recordedBy who stored it
 */
public record UnitMove(
    long id,
    long unitId,
    Long oldParentId,
    Long newParentId,
    LocalDate effectiveDate,
    LegalDecision decision,
    Instant recordedAt,
    String recordedBy) {}
