package vn.hoso.api.personnel;

import java.time.Instant;

/**
 * One changed field in the audit log. A change writes one entry per field it sets, changes or
 * clears; entries of the same change share a {@code changeId}.
 *
 * @param id the entry's identifier, increasing with time within one database
 * @param changedAt when the change was committed
 * @param actor who made it
 * @param personId the person the changed row belongs to, or null for a unit
 * @param unitId for a person's row, the person's unit after the change (before it, for a delete);
 *     for a unit, the unit itself
 * @param table the table of the changed row, for example {@code person} or {@code salary_history}
 * @param rowId the changed row
 * @param rowVersion the row's version after the change (its last version for a delete)
 * @param operation {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param field the field's name as in the API, for example {@code birthDate} or {@code
 *     decision.number}
 * @param oldValue the value before, or null when it was empty
 * @param newValue the value after, or null when it is empty
 * @param reason why, as the caller gave it, or the decision number of a history row
 * @param changeId identifier shared by every entry of one change
 */
public record AuditEntry(
    long id,
    Instant changedAt,
    String actor,
    Long personId,
    Long unitId,
    String table,
    long rowId,
    long rowVersion,
    String operation,
    String field,
    String oldValue,
    String newValue,
    String reason,
    String changeId) {}
