package vn.hoso.api.record;

/** How a person's retirement moment differs from the statutory age. */
public enum RetirementAdjustmentKind {
  /** Nghỉ hưu sớm: up to 5 years earlier, for reduced capacity, hazardous work or hard areas. */
  EARLIER,
  /** Nghỉ hưu muộn: up to 5 years later, for high expertise. */
  LATER,
  /** Lùi thời điểm nghỉ hưu: postponed 1, 3 or 6 months for listed reasons. */
  POSTPONED
}
