package vn.hoso.importxlsx.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.hoso.api.imports.ImportException;
import vn.hoso.api.record.DatePrecision;
import vn.hoso.importsupport.table.CellKind;
import vn.hoso.importsupport.table.RowSource;
import vn.hoso.importsupport.table.SheetCell;
import vn.hoso.importsupport.table.SheetRow;

/**
 * The rows of one worksheet, streamed by fastexcel-reader, with each cell turned into a {@link
 * SheetCell}. A formula cell gives its cached result, the value Excel computed when the file was
 * last saved.
 */
final class XlsxRowSource implements RowSource {

  /** The values Excel writes for a formula that failed. */
  private static final Set<String> ERRORS =
      Set.of(
          "#NULL!",
          "#DIV/0!",
          "#VALUE!",
          "#REF!",
          "#NAME?",
          "#NUM!",
          "#N/A",
          "#GETTING_DATA",
          "#SPILL!",
          "#CALC!");

  private final Stream<Row> stream;
  private final Iterator<Row> rows;

  XlsxRowSource(Sheet sheet) throws ImportException {
    try {
      this.stream = sheet.openStream();
    } catch (IOException | RuntimeException e) {
      throw XlsxArchive.corrupt(e);
    }
    this.rows = stream.iterator();
  }

  @Override
  public SheetRow next() throws ImportException {
    try {
      if (!rows.hasNext()) {
        return null;
      }
      Row row = rows.next();
      List<SheetCell> cells = new ArrayList<>(row.getCellCount());
      for (Cell cell : row) {
        SheetCell converted = cell == null ? null : convert(cell);
        if (converted != null) {
          cells.add(converted);
        }
      }
      return new SheetRow(row.getRowNum(), cells);
    } catch (ExcelReaderException
        | UncheckedIOException
        | IllegalStateException
        | NumberFormatException e) {
      throw XlsxArchive.corrupt(e);
    }
  }

  /** Converts a cell, or returns null for an empty one (including a formula never computed). */
  static SheetCell convert(Cell cell) {
    int column = cell.getColumnIndex();
    Object value = cell.getValue();
    switch (cell.getType()) {
      case STRING:
        return value == null ? null : SheetCell.text(column, value.toString());
      case NUMBER:
        return number(column, (BigDecimal) value, cell);
      case BOOLEAN:
        return new SheetCell(
            column, CellKind.BOOLEAN, Boolean.TRUE.equals(value) ? "TRUE" : "FALSE", null, null);
      case ERROR:
        return new SheetCell(column, CellKind.ERROR, String.valueOf(value), null, null);
      case FORMULA:
        return formulaResult(column, value, cell);
      default:
        return null;
    }
  }

  private static SheetCell formulaResult(int column, Object value, Cell cell) {
    if (value instanceof BigDecimal number) {
      return number(column, number, cell);
    }
    if (value instanceof Boolean bool) {
      return new SheetCell(column, CellKind.BOOLEAN, bool ? "TRUE" : "FALSE", null, null);
    }
    if (value == null) {
      return null;
    }
    String text = value.toString();
    return ERRORS.contains(text)
        ? new SheetCell(column, CellKind.ERROR, text, null, null)
        : SheetCell.text(column, text);
  }

  private static SheetCell number(int column, BigDecimal number, Cell cell) {
    if (number == null) {
      return null;
    }
    DatePrecision precision =
        DateFormats.precision(cell.getDataFormatId(), cell.getDataFormatString());
    return precision == null
        ? SheetCell.number(column, number)
        : SheetCell.date(column, number, precision);
  }

  @Override
  public void close() {
    stream.close();
  }
}
