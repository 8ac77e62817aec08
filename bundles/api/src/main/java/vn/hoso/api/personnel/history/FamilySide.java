package vn.hoso.api.personnel.history;

/** Which family a relative belongs to, as Mẫu 2C lists them in two tables. */
public enum FamilySide {
  /** Về bản thân: the person's own parents, spouse, children and siblings. */
  OWN,
  /** Về bên vợ (hoặc chồng): the spouse's parents and siblings. */
  SPOUSE
}
