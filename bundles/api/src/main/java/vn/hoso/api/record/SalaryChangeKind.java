package vn.hoso.api.record;

/**
 * The reason a salary row took effect. The early-raise rules of Thông tư 08/2013/TT-BNV depend on
 * it.
 */
public enum SalaryChangeKind {
  /** Nâng bậc lương thường xuyên: the regular step increase. */
  REGULAR_STEP,
  /**
   * Nâng bậc lương trước thời hạn do lập thành tích xuất sắc: an early step for outstanding
   * achievement, which may not be followed directly by another.
   */
  EARLY_STEP_FOR_ACHIEVEMENT,
  /** Nâng bậc lương trước thời hạn do có thông báo nghỉ hưu: an early step on retirement notice. */
  EARLY_STEP_FOR_RETIREMENT,
  /** Phụ cấp thâm niên vượt khung: the seniority allowance beyond the last step began or rose. */
  SENIORITY_ALLOWANCE,
  /** Anything else: recruitment, a rank change, a transfer, a disciplinary step reduction. */
  OTHER
}
