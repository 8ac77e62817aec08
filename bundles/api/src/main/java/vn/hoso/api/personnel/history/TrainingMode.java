package vn.hoso.api.personnel.history;

/** Hình thức đào tạo. */
public enum TrainingMode {
  /** Chính quy. */
  FULL_TIME,
  /** Vừa làm vừa học, tại chức. */
  IN_SERVICE,
  /** Đào tạo từ xa. */
  DISTANCE,
  /** Bồi dưỡng ngắn hạn. */
  SHORT_COURSE,
  OTHER
}
