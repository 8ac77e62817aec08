package vn.hoso.api.personnel.history;

/** The party and the socio-political organisations a person can be a member of. */
public enum Organisation {
  /** Đảng Cộng sản Việt Nam. */
  COMMUNIST_PARTY,
  /** Đoàn Thanh niên Cộng sản Hồ Chí Minh. */
  YOUTH_UNION,
  /** Công đoàn. */
  TRADE_UNION,
  /** Hội Liên hiệp Phụ nữ Việt Nam. */
  WOMEN_UNION,
  /** Hội Cựu chiến binh Việt Nam. */
  VETERANS_ASSOCIATION,
  /** Another organisation, named in the row. */
  OTHER
}
