package vn.hoso.api.record;

/** The legal category a person is employed under; each follows its own law. */
public enum PersonCategory {
  /** Cán bộ: elected or appointed cadres. */
  CAN_BO,
  /** Công chức: civil servants in state agencies. */
  CONG_CHUC,
  /** Viên chức: public employees of public service units. */
  VIEN_CHUC,
  /** Người lao động: workers on labour contracts. */
  NGUOI_LAO_DONG
}
