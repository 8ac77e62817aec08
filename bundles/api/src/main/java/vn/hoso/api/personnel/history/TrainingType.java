package vn.hoso.api.personnel.history;

/** What a training course taught, as the Mẫu 2C training table groups it. */
public enum TrainingType {
  /** Chuyên môn, nghiệp vụ. */
  PROFESSIONAL,
  /** Lý luận chính trị. */
  POLITICAL_THEORY,
  /** Quản lý nhà nước. */
  STATE_MANAGEMENT,
  /** Ngoại ngữ. */
  FOREIGN_LANGUAGE,
  /** Tin học. */
  INFORMATION_TECHNOLOGY,
  /** Other courses (bồi dưỡng khác). */
  OTHER
}
