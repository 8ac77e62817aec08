package vn.hoso.api.record;

/** Sex as recorded on the identity card; the retirement age depends on it. */
public enum Sex {
  MALE,
  FEMALE
}
