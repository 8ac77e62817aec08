package vn.hoso.api.imports;

import java.util.List;
import java.util.Objects;

/**
 * Where the table was found in the file and how its columns were understood.
 *
 * @param sheet the worksheet's name, or empty for formats without sheets
 * @param headerRow the 1-based row of the header; the upper row for a two-level header
 * @param firstDataRow the 1-based row after the header rows and any column numbering row
 * @param encoding the character encoding the text was read in, for example {@code "UTF-8"} or
 *     {@code "TCVN3"}; {@code "Unicode"} for a spreadsheet with Unicode text
 * @param columns every column of the header, in order, including those not read
 */
public record ImportTable(
    String sheet, long headerRow, long firstDataRow, String encoding, List<ImportColumn> columns) {

  public ImportTable {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(encoding, "encoding");
    columns = List.copyOf(columns);
  }
}
