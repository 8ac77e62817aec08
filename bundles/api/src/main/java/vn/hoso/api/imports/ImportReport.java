package vn.hoso.api.imports;

import java.util.List;

/**
 * The result of a dry run or a commit.
 *
 * @param newRows rows of people not stored yet
 * @param updatedRows rows that change a stored person
 * @param unchangedRows rows equal to a stored person
 * @param rejectedRows rows with at least one error, which are not written
 * @param written whether the rows were written
 * @param rows every row that is not unchanged, in file order, with its problems
 */
public record ImportReport(
    long newRows,
    long updatedRows,
    long unchangedRows,
    long rejectedRows,
    boolean written,
    List<ImportReportRow> rows) {

  public ImportReport {
    rows = List.copyOf(rows);
  }
}
