package vn.hoso.importcsv.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import vn.hoso.api.imports.ImportException;
import vn.hoso.importsupport.text.EncodingDetector;
import vn.hoso.importsupport.text.LegacyEncoding;

/**
 * The character encoding of a CSV file, and how to decode it.
 *
 * @param label the name reported to the user, for example "UTF-8" or "TCVN3 (ABC)"
 * @param charset the charset that turns bytes into characters; ISO-8859-1 for the legacy encodings,
 *     whose letters {@code legacy} then converts
 * @param legacy the legacy encoding of the text, or null
 * @param bomLength bytes of byte order mark to skip at the start
 */
record CsvEncoding(String label, Charset charset, LegacyEncoding legacy, int bomLength) {

  static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

  private static final CsvEncoding UTF_8 =
      new CsvEncoding("UTF-8", StandardCharsets.UTF_8, null, 0);

  /** Names accepted in the {@code encoding} option, folded to lower case without punctuation. */
  private static final String OPTION_NAMES = "UTF-8, UTF-16, windows-1258, TCVN3, VNI";

  /**
   * Detects the encoding from the first bytes of a file: a byte order mark, valid UTF-8, or else
   * the one of Windows-1258, TCVN3 and VNI that gives Vietnamese words.
   *
   * @param endOfFile whether {@code head} is the whole file, so a multi-byte character cut at its
   *     end is an error rather than the sample's limit
   * @throws ImportException {@link ImportException#NOT_SUPPORTED} for binary data, {@link
   *     ImportException#ENCODING_UNCERTAIN} when the 8-bit encoding cannot be determined
   */
  static CsvEncoding detect(byte[] head, int length, boolean endOfFile) throws ImportException {
    if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
      return new CsvEncoding("UTF-8", StandardCharsets.UTF_8, null, 3);
    }
    if (startsWith(head, length, 0xFF, 0xFE)) {
      return new CsvEncoding("UTF-16LE", StandardCharsets.UTF_16LE, null, 2);
    }
    if (startsWith(head, length, 0xFE, 0xFF)) {
      return new CsvEncoding("UTF-16BE", StandardCharsets.UTF_16BE, null, 2);
    }
    for (int i = 0; i < length; i++) {
      if (head[i] == 0) {
        throw notText();
      }
    }
    if (isUtf8(head, length, endOfFile)) {
      return UTF_8;
    }
    EncodingDetector detector = EncodingDetector.forBytes();
    detector.add(new String(head, 0, length, StandardCharsets.ISO_8859_1));
    EncodingDetector.Verdict verdict = detector.verdict();
    if (!verdict.certain()) {
      String suspected = verdict.suspected().map(LegacyEncoding::displayName).orElse("TCVN3 (ABC)");
      throw new ImportException(
          ImportException.ENCODING_UNCERTAIN,
          "Không xác định được chắc chắn bảng mã của tệp: có thể là Windows-1258 hoặc "
              + suspected
              + ". Hãy lưu lại tệp dạng CSV UTF-8 (trong Excel: Lưu thành, chọn \"CSV UTF-8\"), hoặc chọn bảng mã khi nhập.");
    }
    return verdict
        .encoding()
        .map(CsvEncoding::legacy)
        .orElse(new CsvEncoding("Windows-1258", WINDOWS_1258, null, 0));
  }

  /** Returns the encoding the user chose, skipping a byte order mark that agrees with it. */
  static CsvEncoding fromOption(String name, byte[] head, int length) throws ImportException {
    String key = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    switch (key) {
      case "utf8":
        return new CsvEncoding(
            "UTF-8",
            StandardCharsets.UTF_8,
            null,
            startsWith(head, length, 0xEF, 0xBB, 0xBF) ? 3 : 0);
      case "utf16", "utf16le", "utf16be":
        if (startsWith(head, length, 0xFE, 0xFF) || key.equals("utf16be")) {
          return new CsvEncoding(
              "UTF-16BE",
              StandardCharsets.UTF_16BE,
              null,
              startsWith(head, length, 0xFE, 0xFF) ? 2 : 0);
        }
        return new CsvEncoding(
            "UTF-16LE",
            StandardCharsets.UTF_16LE,
            null,
            startsWith(head, length, 0xFF, 0xFE) ? 2 : 0);
      case "windows1258", "cp1258":
        return new CsvEncoding("Windows-1258", WINDOWS_1258, null, 0);
      case "tcvn3", "abc":
        return legacy(LegacyEncoding.TCVN3);
      case "vni", "vniwindows":
        return legacy(LegacyEncoding.VNI);
      default:
        throw new ImportException(
            ImportException.ENCODING_INVALID,
            "Bảng mã \""
                + name
                + "\" không được hỗ trợ. Hãy chọn một trong: "
                + OPTION_NAMES
                + ".");
    }
  }

  private static CsvEncoding legacy(LegacyEncoding encoding) {
    return new CsvEncoding(encoding.displayName(), StandardCharsets.ISO_8859_1, encoding, 0);
  }

  /** Decodes a field read through {@link #charset()} into Unicode. */
  String decodeField(String field) {
    return legacy == null ? field : legacy.decode(field);
  }

  static boolean isUtf8(byte[] head, int length, boolean endOfFile) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(length + 1);
    CoderResult result = decoder.decode(ByteBuffer.wrap(head, 0, length), out, endOfFile);
    return !result.isError();
  }

  static Optional<String> signatureOfOtherFormat(byte[] head, int length) {
    if (startsWith(head, length, 'P', 'K', 3, 4)) {
      return Optional.of("tệp nén hoặc bảng tính Excel (.xlsx)");
    }
    if (startsWith(head, length, 0xD0, 0xCF, 0x11, 0xE0)) {
      return Optional.of("bảng tính Excel 97–2003 (.xls)");
    }
    if (startsWith(head, length, '%', 'P', 'D', 'F')) {
      return Optional.of("tệp PDF");
    }
    return Optional.empty();
  }

  static boolean startsWith(byte[] bytes, int length, int... prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static ImportException notText() {
    return new ImportException(
        ImportException.NOT_SUPPORTED,
        "Tệp không phải là văn bản CSV. Hãy chọn đúng tệp, hoặc mở danh sách bằng Excel và lưu dạng \"CSV UTF-8\".");
  }
}
