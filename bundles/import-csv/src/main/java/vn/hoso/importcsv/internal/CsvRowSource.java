package vn.hoso.importcsv.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.hoso.api.imports.ImportException;
import vn.hoso.importsupport.table.RowSource;
import vn.hoso.importsupport.table.SheetCell;
import vn.hoso.importsupport.table.SheetRow;

/** The records of a CSV file as rows of text cells; the row number is the record number. */
final class CsvRowSource implements RowSource {

  private final CsvParser parser;
  private final CsvEncoding encoding;
  private final long maxFileBytes;

  CsvRowSource(CsvParser parser, CsvEncoding encoding, long maxFileBytes) {
    this.parser = parser;
    this.encoding = encoding;
    this.maxFileBytes = maxFileBytes;
  }

  @Override
  public SheetRow next() throws ImportException {
    List<String> record;
    try {
      record = parser.next();
    } catch (IOException e) {
      throw CsvImportAdapter.failure(e, parser.record() + 1, encoding, maxFileBytes);
    }
    if (record == null) {
      return null;
    }
    List<SheetCell> cells = new ArrayList<>(record.size());
    for (int column = 0; column < record.size(); column++) {
      String field = record.get(column);
      if (!field.isEmpty()) {
        cells.add(SheetCell.text(column, encoding.decodeField(field)));
      }
    }
    return new SheetRow(parser.record(), cells);
  }

  /** Releases nothing: the reader only wraps the caller's stream, which the caller closes. */
  @Override
  public void close() {}
}
