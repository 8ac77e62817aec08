package vn.hoso.records.internal.audit;

import java.time.OffsetDateTime;

/**
 * What every audit entry of one changed row shares.
 *
 * @param changeId the identifier of the whole change, shared by all its rows
 * @param changedAt when the change was made
 * @param actor who made it
 * @param reason why, or null
 * @param table the changed row's table
 * @param rowId the changed row
 * @param personId the person the row belongs to, or null for a unit
 * @param unitId the person's unit, or the changed unit
 */
record ChangeHeader(
    String changeId,
    OffsetDateTime changedAt,
    String actor,
    String reason,
    String table,
    long rowId,
    Long personId,
    Long unitId) {}
