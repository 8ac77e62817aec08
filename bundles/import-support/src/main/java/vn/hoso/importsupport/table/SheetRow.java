package vn.hoso.importsupport.table;

import java.util.List;

/**
 * One row of a sheet.
 *
 * @param row the 1-based row number in the file
 * @param cells the row's cells in column order; empty cells may be left out
 */
public record SheetRow(long row, List<SheetCell> cells) {

  public SheetRow {
    cells = List.copyOf(cells);
  }

  /** Returns the cell in a column, or null when the row has none there. */
  public SheetCell cell(int column) {
    for (SheetCell cell : cells) {
      if (cell.column() == column) {
        return cell;
      }
    }
    return null;
  }

  public boolean isBlank() {
    return cells.stream().allMatch(SheetCell::isBlank);
  }
}
