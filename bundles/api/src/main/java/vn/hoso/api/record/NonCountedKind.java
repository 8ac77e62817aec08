package vn.hoso.api.record;

/** Kinds of time that do not count towards the next salary step. */
public enum NonCountedKind {
  /** Nghỉ việc riêng không hưởng lương. */
  UNPAID_LEAVE,
  /** Study or an assignment beyond the approved period. */
  STUDY_OVERRUN,
  /** Đình chỉ công tác. */
  SUSPENSION,
  /** Tạm giữ, tạm giam: custody or temporary detention. */
  CUSTODY,
  /** Tập sự: probation. */
  PROBATION,
  /** Nghỉ chờ hưu: time off while waiting for retirement. */
  WAITING_RETIREMENT
}
