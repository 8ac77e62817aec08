package vn.hoso.importsupport.table;

import vn.hoso.api.imports.ImportException;

/** The rows of one sheet, read on demand by an adapter. Used by one thread. */
public interface RowSource extends AutoCloseable {

  /**
   * Reads the next row of the sheet.
   *
   * @return the row, or null after the last row
   * @throws ImportException when the file is unreadable from this point on
   */
  SheetRow next() throws ImportException;

  /** Releases the sheet. Called once, by the {@link TableReader} that owns the source. */
  @Override
  void close();
}
