package vn.hoso.importcsv.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import vn.hoso.api.imports.ImportAdapter;
import vn.hoso.api.imports.ImportException;
import vn.hoso.api.imports.ImportReader;
import vn.hoso.api.imports.ImportRequest;
import vn.hoso.api.imports.ProbeResult;
import vn.hoso.importsupport.table.SourceInfo;
import vn.hoso.importsupport.table.TableReader;

/**
 * Reads staff lists saved as CSV or tab-separated text, as Excel saves them: UTF-8 with or without
 * byte order mark, UTF-16 with byte order mark ("Unicode text"), Windows-1258, or text typed in the
 * legacy TCVN3 and VNI encodings. The separator (comma, semicolon or tab) is detected, and a first
 * line "sep=;" as Excel writes it is obeyed.
 *
 * <p>Reading options: {@link ImportRequest#ENCODING} overrides the detected encoding.
 *
 * <p>Memory: the first {@value #SAMPLE_BYTES} bytes for detection, one record of at most {@link
 * CsvParser#MAX_RECORD_CHARS} characters, and the rows the {@link TableReader} keeps.
 */
@Component(
    service = ImportAdapter.class,
    configurationPid = CsvImportAdapter.PID,
    property = {
      ImportAdapter.ID_PROPERTY + "=" + CsvImportAdapter.ID,
      ImportAdapter.MEDIA_TYPES_PROPERTY + "=text/csv",
      ImportAdapter.MEDIA_TYPES_PROPERTY + "=text/tab-separated-values",
      ImportAdapter.MEDIA_TYPES_PROPERTY + "=text/plain",
      ImportAdapter.EXTENSIONS_PROPERTY + "=csv",
      ImportAdapter.EXTENSIONS_PROPERTY + "=tsv",
      ImportAdapter.EXTENSIONS_PROPERTY + "=txt"
    })
@Designate(ocd = CsvImportConfig.class)
public final class CsvImportAdapter implements ImportAdapter {

  static final String PID = "vn.hoso.importcsv";
  static final String ID = "csv";

  /** Bytes read ahead to detect the encoding and the separator. */
  static final int SAMPLE_BYTES = 64 * 1024;

  private final long maxFileBytes;

  @Activate
  public CsvImportAdapter(CsvImportConfig config) {
    this(config.maxFileBytes());
  }

  CsvImportAdapter(long maxFileBytes) {
    this.maxFileBytes = maxFileBytes;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Văn bản CSV (.csv, .txt)";
  }

  @Override
  public Set<String> mediaTypes() {
    return Set.of("text/csv", "text/tab-separated-values", "text/plain");
  }

  @Override
  public Set<String> extensions() {
    return Set.of("csv", "tsv", "txt");
  }

  /**
   * Returns possible for anything that looks like text, since CSV has no signature, and no match
   * for binary data and the signatures of other formats.
   */
  @Override
  public ProbeResult probe(byte[] head) {
    if (CsvEncoding.signatureOfOtherFormat(head, head.length).isPresent()) {
      return ProbeResult.NO_MATCH;
    }
    try {
      CsvEncoding.detect(head, head.length, head.length < PROBE_LENGTH);
      return ProbeResult.POSSIBLE;
    } catch (ImportException e) {
      return e.code().equals(ImportException.NOT_SUPPORTED)
          ? ProbeResult.NO_MATCH
          : ProbeResult.POSSIBLE;
    }
  }

  @Override
  public ImportReader open(InputStream in, ImportRequest request) throws ImportException {
    BufferedInputStream buffered =
        new BufferedInputStream(new LimitedInputStream(in, maxFileBytes), SAMPLE_BYTES);
    CsvEncoding encoding;
    String sample;
    try {
      buffered.mark(SAMPLE_BYTES);
      byte[] head = buffered.readNBytes(SAMPLE_BYTES);
      boolean endOfFile = head.length < SAMPLE_BYTES;
      Optional<String> otherFormat = CsvEncoding.signatureOfOtherFormat(head, head.length);
      if (otherFormat.isPresent()) {
        throw new ImportException(
            ImportException.NOT_SUPPORTED,
            "Tệp là "
                + otherFormat.get()
                + ", không phải văn bản CSV. Hãy chọn đúng loại tệp khi nhập.");
      }
      Optional<String> chosen = request.option(ImportRequest.ENCODING);
      encoding =
          chosen.isPresent()
              ? CsvEncoding.fromOption(chosen.get(), head, head.length)
              : CsvEncoding.detect(head, head.length, endOfFile);
      sample = decodeSample(head, encoding, endOfFile);
      buffered.reset();
      buffered.skipNBytes(encoding.bomLength());
    } catch (IOException e) {
      throw failure(e, 1, null, maxFileBytes);
    }

    Reader reader = new BufferedReader(decoder(buffered, encoding));
    char separator = separatorLine(sample).orElseGet(() -> Separators.detect(sample));
    CsvParser parser = new CsvParser(reader, separator);
    CsvRowSource rows = new CsvRowSource(parser, encoding, maxFileBytes);
    return TableReader.open(rows, new SourceInfo("", false, encoding.label(), true));
  }

  /** Reads Excel's "sep=;" first line, which names the separator. */
  private static Optional<Character> separatorLine(String sample) {
    String first = sample.lines().findFirst().orElse("");
    if (first.length() == 5 && first.startsWith("sep=")) {
      return Optional.of(first.charAt(4));
    }
    return Optional.empty();
  }

  private static String decodeSample(byte[] head, CsvEncoding encoding, boolean endOfFile) {
    int start = encoding.bomLength();
    int length = head.length - start;
    String text = new String(head, start, length, encoding.charset());
    // The last line of a partial sample may be cut in the middle of a character or a field.
    if (!endOfFile && text.lastIndexOf('\n') > 0) {
      text = text.substring(0, text.lastIndexOf('\n') + 1);
    }
    return encoding.decodeField(text);
  }

  private static Reader decoder(InputStream in, CsvEncoding encoding) {
    return new InputStreamReader(
        in,
        encoding
            .charset()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** Converts a failure to read the file into the import exception shown to the user. */
  static ImportException failure(
      IOException e, long record, CsvEncoding encoding, long maxFileBytes) {
    if (e instanceof LimitedInputStream.LimitExceededException) {
      return new ImportException(
          ImportException.TOO_LARGE,
          "Tệp lớn hơn giới hạn "
              + maxFileBytes / (1024 * 1024)
              + " MB. Hãy chia danh sách thành nhiều tệp nhỏ hơn, hoặc nhờ quản trị viên tăng giới hạn.");
    }
    if (e instanceof CsvParser.RecordTooLongException tooLong) {
      return new ImportException(
          ImportException.CORRUPT,
          "Dòng "
              + tooLong.record
              + " dài hơn "
              + CsvParser.MAX_RECORD_CHARS
              + " ký tự, thường do một dấu ngoặc kép (\") không được đóng. Hãy kiểm tra dòng đó.");
    }
    if (e instanceof CharacterCodingException) {
      String name = encoding == null ? "" : " " + encoding.label();
      return new ImportException(
          ImportException.ENCODING_INVALID,
          "Tệp có ký tự không hợp lệ trong bảng mã"
              + name
              + " ở khoảng dòng "
              + record
              + ". Hãy lưu lại tệp dạng \"CSV UTF-8\" rồi nhập lại.",
          e);
    }
    return new ImportException(
        ImportException.READ_FAILED,
        "Không đọc được tệp: kết nối bị gián đoạn hoặc tệp không còn. Hãy thử lại.",
        e);
  }
}
