package vn.hoso.api.record;

/**
 * Yearly evaluation ratings (xếp loại chất lượng). The valid codes depend on the year: {@link
 * #HOAN_THANH_HAN_CHE_NANG_LUC} existed only before 2020.
 */
public enum EvaluationRating {
  /** Hoàn thành xuất sắc nhiệm vụ. */
  XUAT_SAC,
  /** Hoàn thành tốt nhiệm vụ. */
  TOT,
  /** Hoàn thành nhiệm vụ. */
  HOAN_THANH,
  /** Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực, a rating of the years before 2020. */
  HOAN_THANH_HAN_CHE_NANG_LUC,
  /** Không hoàn thành nhiệm vụ. */
  KHONG_HOAN_THANH
}
