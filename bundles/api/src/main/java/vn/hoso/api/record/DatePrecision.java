package vn.hoso.api.record;

/** How much of a date the source document gives. */
public enum DatePrecision {
  DAY,
  /** Month and year known; the day is not. */
  MONTH,
  /** Only the year known. */
  YEAR
}
