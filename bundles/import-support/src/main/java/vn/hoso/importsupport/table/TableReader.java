package vn.hoso.importsupport.table;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import vn.hoso.api.imports.CandidateRow;
import vn.hoso.api.imports.ImportException;
import vn.hoso.api.imports.ImportReader;
import vn.hoso.api.imports.ImportTable;
import vn.hoso.importsupport.text.EncodingDetector;
import vn.hoso.importsupport.text.LegacyEncoding;

/**
 * An {@link ImportReader} over the rows of one sheet: finds the header, decides the text encoding,
 * then reads one person row per {@link #next()}.
 *
 * <p>Memory: it keeps at most {@value #HEADER_SEARCH_ROWS} rows while looking for the header and
 * {@value #ENCODING_SAMPLE_ROWS} rows after it while deciding the encoding, then one row at a time.
 */
public final class TableReader implements ImportReader {

  /** Rows searched for the header, blank rows not counted. */
  public static final int HEADER_SEARCH_ROWS = 50;

  /** Rows under the header whose text decides whether the sheet is in a legacy encoding. */
  public static final int ENCODING_SAMPLE_ROWS = 100;

  private final RowSource rows;
  private final Deque<SheetRow> lookAhead;
  private final RowInterpreter interpreter;
  private final ImportTable table;
  private volatile boolean cancelled;
  private boolean closed;

  private TableReader(
      RowSource rows, Deque<SheetRow> lookAhead, RowInterpreter interpreter, ImportTable table) {
    this.rows = rows;
    this.lookAhead = lookAhead;
    this.interpreter = interpreter;
    this.table = table;
  }

  /**
   * Finds the table in a sheet. On success the reader owns {@code rows} and closes it; on failure
   * the caller does.
   *
   * @throws ImportException {@link ImportException#NO_HEADER} when none of the first rows is a
   *     header; {@link ImportException#ENCODING_UNCERTAIN} when the text looks like TCVN3 or VNI
   *     but not certainly; or what {@code rows} throws
   */
  public static TableReader open(RowSource rows, SourceInfo source) throws ImportException {
    List<SheetRow> head = new ArrayList<>();
    SheetRow row;
    while (head.size() < HEADER_SEARCH_ROWS && (row = rows.next()) != null) {
      checkInterrupt();
      if (!row.isBlank()) {
        head.add(row);
      }
    }
    TableLayout layout =
        TableLayout.find(head)
            .orElseThrow(
                () -> new ImportException(ImportException.NO_HEADER, noHeaderMessage(source)));
    Deque<SheetRow> lookAhead = new ArrayDeque<>(head.subList(layout.rowsUsed, head.size()));
    LegacyEncoding encoding = null;
    if (!source.textOnly()) {
      while (lookAhead.size() < ENCODING_SAMPLE_ROWS && (row = rows.next()) != null) {
        checkInterrupt();
        lookAhead.add(row);
      }
      encoding = detectEncoding(head.subList(0, layout.rowsUsed), lookAhead, source);
      if (encoding != null) {
        layout.decodeLabels(encoding);
      }
    }
    ImportTable table =
        new ImportTable(
            source.sheet(),
            layout.headerRow,
            layout.firstDataRow,
            encoding != null ? encoding.displayName() : source.encoding(),
            layout.columns());
    return new TableReader(rows, lookAhead, new RowInterpreter(layout, source, encoding), table);
  }

  private static String noHeaderMessage(SourceInfo source) {
    String where = source.sheet().isEmpty() ? "Tệp" : "Trang tính \"" + source.sheet() + "\"";
    return where
        + " không có dòng tiêu đề nào nhận ra được trong "
        + HEADER_SEARCH_ROWS
        + " dòng đầu. Dòng tiêu đề cần có cột họ tên (\"Họ và tên\") và ít nhất một cột khác như \"Ngày sinh\", \"Số CCCD\", \"Chức vụ\".";
  }

  private static LegacyEncoding detectEncoding(
      List<SheetRow> headerRows, Deque<SheetRow> sample, SourceInfo source) throws ImportException {
    EncodingDetector detector = new EncodingDetector();
    for (SheetRow header : headerRows) {
      addTexts(detector, header);
    }
    for (SheetRow row : sample) {
      addTexts(detector, row);
    }
    EncodingDetector.Verdict verdict = detector.verdict();
    if (!verdict.certain()) {
      String suspected =
          verdict.suspected().map(LegacyEncoding::displayName).orElse("TCVN3 hoặc VNI");
      String where = source.sheet().isEmpty() ? "Tệp" : "Trang tính \"" + source.sheet() + "\"";
      throw new ImportException(
          ImportException.ENCODING_UNCERTAIN,
          where
              + " có chữ tiếng Việt có vẻ được gõ bằng bảng mã "
              + suspected
              + " nhưng không xác định được chắc chắn. Hãy chuyển tệp sang Unicode (ví dụ bằng chức năng chuyển mã của Unikey) rồi nhập lại.");
    }
    return verdict.encoding().orElse(null);
  }

  private static void addTexts(EncodingDetector detector, SheetRow row) {
    for (SheetCell cell : row.cells()) {
      if (cell.kind() == CellKind.TEXT) {
        detector.add(cell.text());
      }
    }
  }

  @Override
  public ImportTable table() {
    return table;
  }

  @Override
  public Optional<CandidateRow> next() throws ImportException {
    while (!interpreter.ended()) {
      if (cancelled) {
        throw cancelledException();
      }
      checkInterrupt();
      SheetRow row = lookAhead.isEmpty() ? rows.next() : lookAhead.poll();
      if (row == null) {
        return Optional.empty();
      }
      Optional<CandidateRow> person = interpreter.interpret(row);
      if (person.isPresent()) {
        return person;
      }
    }
    return Optional.empty();
  }

  @Override
  public void cancel() {
    cancelled = true;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      rows.close();
    }
  }

  private static void checkInterrupt() throws ImportException {
    if (Thread.currentThread().isInterrupted()) {
      throw cancelledException();
    }
  }

  /** The exception for a cancelled read, for adapters to throw from their own loops too. */
  public static ImportException cancelledException() {
    return new ImportException(ImportException.CANCELLED, "Việc đọc tệp đã bị huỷ.");
  }
}
