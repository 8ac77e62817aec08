package vn.hoso.api.personnel.change;

/** The state of a change request. Only a pending request can be approved or rejected. */
public enum ChangeRequestStatus {
  /** Submitted and waiting for a personnel officer. */
  PENDING,

  /** Approved: the change is stored in the record. */
  APPROVED,

  /** Rejected with a reason; the record is unchanged. */
  REJECTED
}
