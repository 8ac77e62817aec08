package vn.hoso.api.personnel.change;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A change request as stored.
 *
 * @param id the request's identifier
 * @param version the request's version, one more after the decision
 * @param personId the person whose record the request changes
 * @param personName that person's full name, or null when the person no longer exists
 * @param operation what the request changes
 * @param kind the history table as the REST API names it, for example {@code training}; null for
 *     {@link ChangeOperation#UPDATE_PERSON}
 * @param rowId the history row changed or deleted; for an approved {@link ChangeOperation#ADD_ROW},
 *     the row the approval created; otherwise null
 * @param baseVersion the version of the person or history row the proposal was made against; null
 *     for {@code ADD_ROW}. Approval fails as stale when the row has changed since.
 * @param changes the fields the request changes, with their values at submission and the proposed
 *     ones, in the order of the record's fields
 * @param note the employee's explanation, or null
 * @param evidence the evidence file without its content, or null when none was attached
 * @param status the request's state
 * @param submittedBy the user name of the employee who submitted it
 * @param submittedAt when it was submitted
 * @param decidedBy the user name of the officer who approved or rejected it, or null while pending
 * @param decidedAt when it was approved or rejected, or null while pending
 * @param rejectionReason why it was rejected, or null
 */
public record ChangeRequest(
    long id,
    long version,
    long personId,
    String personName,
    ChangeOperation operation,
    String kind,
    Long rowId,
    Long baseVersion,
    List<FieldChange> changes,
    String note,
    EvidenceSummary evidence,
    ChangeRequestStatus status,
    String submittedBy,
    Instant submittedAt,
    String decidedBy,
    Instant decidedAt,
    String rejectionReason) {

  public ChangeRequest {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(status, "status");
    changes = List.copyOf(changes);
  }
}
