package vn.hoso.api.personnel.history;

/** Loại hợp đồng lao động under the Labour Code 2019, Article 20. */
public enum ContractType {
  /** Hợp đồng lao động không xác định thời hạn. */
  INDEFINITE,
  /** Hợp đồng lao động xác định thời hạn, at most 36 months. */
  FIXED_TERM
}
