package vn.hoso.importsupport.table;

/** The kind of value in a cell, after a formula has been replaced by its cached result. */
public enum CellKind {
  TEXT,
  NUMBER,
  /** A number that the cell's format shows as a date: an Excel serial number. */
  DATE,
  BOOLEAN,
  /** A formula error such as {@code #N/A}. */
  ERROR
}
