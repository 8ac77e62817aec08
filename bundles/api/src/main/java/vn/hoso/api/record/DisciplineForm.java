package vn.hoso.api.record;

/**
 * Forms of discipline (hình thức kỷ luật). Since 1 July 2025 (Nghị định 172/2025/NĐ-CP) civil
 * servants receive only reprimand, warning, dismissal from a post or forced resignation; demotion
 * and salary step reduction remain valid in older history.
 */
public enum DisciplineForm {
  /** Khiển trách. */
  KHIEN_TRACH,
  /** Cảnh cáo. */
  CANH_CAO,
  /** Hạ bậc lương: no longer imposed on civil servants since 1 July 2025. */
  HA_BAC_LUONG,
  /** Giáng chức: no longer imposed on civil servants since 1 July 2025. */
  GIANG_CHUC,
  /** Cách chức. */
  CACH_CHUC,
  /** Buộc thôi việc. */
  BUOC_THOI_VIEC
}
