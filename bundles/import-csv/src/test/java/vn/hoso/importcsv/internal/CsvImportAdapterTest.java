package vn.hoso.importcsv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hoso.api.imports.CandidateRow;
import vn.hoso.api.imports.ImportException;
import vn.hoso.api.imports.ImportField;
import vn.hoso.api.imports.ImportProblem;
import vn.hoso.api.imports.ImportReader;
import vn.hoso.api.imports.ImportRequest;
import vn.hoso.api.imports.ImportValue;
import vn.hoso.api.imports.ProbeResult;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.Sex;

class CsvImportAdapterTest {

  private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

  private final CsvImportAdapter adapter = new CsvImportAdapter(50L << 20);

  private record Read(String encoding, List<CandidateRow> rows) {}

  private Read read(byte[] file) throws ImportException {
    return read(file, ImportRequest.of("ds.csv"));
  }

  private Read read(byte[] file, ImportRequest request) throws ImportException {
    try (ImportReader reader = adapter.open(new ByteArrayInputStream(file), request)) {
      List<CandidateRow> rows = new ArrayList<>();
      Optional<CandidateRow> row;
      while ((row = reader.next()).isPresent()) {
        rows.add(row.get());
      }
      return new Read(reader.table().encoding(), rows);
    }
  }

  private ImportException rejected(byte[] file) {
    return assertThrows(ImportException.class, () -> read(file));
  }

  private static Object value(CandidateRow row, ImportField field) {
    ImportValue value = row.values().get(field);
    return value == null ? null : value.value();
  }

  private static List<String> codes(CandidateRow row) {
    return row.problems().stream().map(ImportProblem::code).toList();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] first, byte[] second) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(first);
    out.writeBytes(second);
    return out.toByteArray();
  }

  /**
   * Encodes text as Windows writes Windows-1258: letters with a breve, circumflex or horn are
   * single bytes, and tone marks are separate combining bytes after the letter.
   */
  private static byte[] windows1258(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      char next = i + 1 < decomposed.length() ? decomposed.charAt(i + 1) : 0;
      if (next == '\u0306' || next == '\u0302' || next == '\u031B') {
        out.append(Normalizer.normalize("" + c + next, Normalizer.Form.NFC));
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString().getBytes(WINDOWS_1258);
  }

  /** Returns the text's characters as bytes, as legacy TCVN3 and VNI text is stored. */
  private static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void utf8CommaQuotedFields() throws ImportException {
    String csv =
        "STT,Họ và tên,\"Ngày, tháng, năm sinh\",Chức vụ,Ghi chú\n"
            + "1,Nguyễn Văn An,12/05/1985,\"Trưởng phòng, kiêm Phó Chánh Văn phòng\",\"Dòng 1\nDòng 2\"\n"
            + "2,\"Lê Thị \"\"Hoa\"\"\",1990,Chuyên viên,\n";

    Read read = read(utf8(csv));

    assertEquals("UTF-8", read.encoding());
    assertEquals(2, read.rows().size());
    CandidateRow an = read.rows().get(0);
    assertEquals(2, an.row());
    assertEquals("Nguyễn Văn An", value(an, ImportField.FULL_NAME));
    assertEquals(PartialDate.ofDay(LocalDate.of(1985, 5, 12)), value(an, ImportField.BIRTH_DATE));
    assertEquals("Trưởng phòng, kiêm Phó Chánh Văn phòng", value(an, ImportField.POSITION));
    assertEquals("Dòng 1 Dòng 2", value(an, ImportField.NOTE));
    CandidateRow hoa = read.rows().get(1);
    assertEquals(3, hoa.row());
    assertEquals("Lê Thị \"Hoa\"", value(hoa, ImportField.FULL_NAME));
    assertEquals(PartialDate.ofYear(1990), value(hoa, ImportField.BIRTH_DATE));
  }

  @Test
  void utf8BomSemicolonDecimalComma() throws ImportException {
    String csv =
        "Họ và tên;Ngày sinh;Hệ số lương;Bậc\r\n"
            + "Nguyễn Văn An;15.05.1985;2,34;1/9\r\n"
            + "Lê Thị Hoa;05/1990;4,4;3\r\n";
    byte[] file = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(csv));

    Read read = read(file);

    assertEquals("UTF-8", read.encoding());
    assertEquals("Nguyễn Văn An", value(read.rows().get(0), ImportField.FULL_NAME));
    assertEquals(new BigDecimal("2.34"), value(read.rows().get(0), ImportField.SALARY_COEFFICIENT));
    assertEquals(1, value(read.rows().get(0), ImportField.SALARY_STEP));
    assertEquals(new BigDecimal("4.40"), value(read.rows().get(1), ImportField.SALARY_COEFFICIENT));
    assertEquals(
        PartialDate.ofMonth(java.time.YearMonth.of(1990, 5)),
        value(read.rows().get(1), ImportField.BIRTH_DATE));
  }

  @Test
  void utf16LittleEndianTabSeparated() throws ImportException {
    String text =
        "\uFEFFHọ và tên\tNgày sinh\tGiới tính\r\nNguyễn Văn An\t12/05/1985\tNam\r\nLê Thị Hoa\t1990\tNữ\r\n";

    Read read = read(text.getBytes(StandardCharsets.UTF_16LE));

    assertEquals("UTF-16LE", read.encoding());
    assertEquals(2, read.rows().size());
    assertEquals("Nguyễn Văn An", value(read.rows().get(0), ImportField.FULL_NAME));
    assertEquals(Sex.FEMALE, value(read.rows().get(1), ImportField.SEX));
  }

  @Test
  void utf16BigEndianTabSeparated() throws ImportException {
    String text = "\uFEFFHọ và tên\tNgày sinh\nĐặng Văn Đức\t1970\n";

    Read read = read(text.getBytes(StandardCharsets.UTF_16BE));

    assertEquals("UTF-16BE", read.encoding());
    assertEquals("Đặng Văn Đức", value(read.rows().get(0), ImportField.FULL_NAME));
  }

  @Test
  void windows1258DecomposedToneMarks() throws ImportException {
    String csv =
        "Họ và tên;Ngày sinh;Chức vụ\nNguyễn Thị Thuỷ;1985;Phó Trưởng phòng\nTrần Văn Bình;1990;Chuyên viên\n";
    byte[] file = windows1258(csv);

    Read read = read(file);

    assertEquals("Windows-1258", read.encoding());
    String name = (String) value(read.rows().get(0), ImportField.FULL_NAME);
    assertEquals("Nguyễn Thị Thuỷ", name);
    assertTrue(Normalizer.isNormalized(name, Normalizer.Form.NFC));
    assertEquals("Phó Trưởng phòng", value(read.rows().get(0), ImportField.POSITION));
  }

  @Test
  void tcvn3Bytes() throws ImportException {
    byte[] file =
        latin1(
            "Hä vµ tªn,Ngµy sinh,Chøc vô\nNguyÔn V¨n An,12/05/1985,Tr\u00ADëng phßng\nTrÇn ThÞ B×nh,1990,Chuyªn viªn\n");

    Read read = read(file);

    assertEquals("TCVN3 (ABC)", read.encoding());
    assertEquals("Nguyễn Văn An", value(read.rows().get(0), ImportField.FULL_NAME));
    assertEquals("Trưởng phòng", value(read.rows().get(0), ImportField.POSITION));
    assertEquals("Trần Thị Bình", value(read.rows().get(1), ImportField.FULL_NAME));
  }

  @Test
  void vniBytes() throws ImportException {
    byte[] file =
        latin1("Hoï vaø teân;Ngaøy sinh;Chöùc vuï\nNguyeãn Vaên An;12/05/1985;Tröôûng phoøng\n");

    Read read = read(file);

    assertEquals("VNI Windows", read.encoding());
    assertEquals("Nguyễn Văn An", value(read.rows().get(0), ImportField.FULL_NAME));
    assertEquals("Trưởng phòng", value(read.rows().get(0), ImportField.POSITION));
  }

  @Test
  void uncertainEncodingNamesCandidates() {
    // "Lê Tô" is Vietnamese in Windows-1258 and in TCVN3 ("Lờ Tụ"); the rest is plain ASCII.
    byte[] file = latin1("Ho va ten,Ngay sinh\nLê Tô,1980\n");

    ImportException e = rejected(file);

    assertEquals(ImportException.ENCODING_UNCERTAIN, e.code());
    assertTrue(e.getMessage().contains("Windows-1258"), e.getMessage());
    assertTrue(e.getMessage().contains("TCVN3"), e.getMessage());
  }

  @Test
  void encodingOptionOverridesDetection() throws ImportException {
    byte[] file = latin1("Ho va ten,Ngay sinh\nLê Tô,1980\n");
    ImportRequest request = new ImportRequest("ds.csv", Map.of(ImportRequest.ENCODING, "TCVN3"));

    Read read = read(file, request);

    assertEquals("TCVN3 (ABC)", read.encoding());
    assertEquals("Lờ Tụ", value(read.rows().get(0), ImportField.FULL_NAME));
  }

  @Test
  void unknownEncodingOptionIsRejected() {
    ImportRequest request = new ImportRequest("ds.csv", Map.of(ImportRequest.ENCODING, "koi8-r"));

    ImportException e =
        assertThrows(ImportException.class, () -> read(utf8("Họ và tên,Năm sinh\n"), request));

    assertEquals(ImportException.ENCODING_INVALID, e.code());
  }

  @Test
  void excelSeparatorLine() throws ImportException {
    Read read = read(utf8("sep=|\nHọ và tên|Năm sinh|Hệ số lương\nNguyễn Văn An|1985|2,34\n"));

    assertEquals(new BigDecimal("2.34"), value(read.rows().get(0), ImportField.SALARY_COEFFICIENT));
    assertEquals(3, read.rows().get(0).row());
  }

  @Test
  void identityNumbersExportedFromNumericColumn() throws ImportException {
    Read read =
        read(utf8("Họ và tên;Số CCCD\nA Một;79085012345\nB Hai;1,08501E+11\nC Ba;'001085012345\n"));

    CandidateRow first = read.rows().get(0);
    assertEquals("079085012345", value(first, ImportField.IDENTITY_NUMBER));
    assertEquals(List.of("identity.leading-zero-restored"), codes(first));
    assertEquals("B", first.problems().get(0).column());
    assertEquals(2, first.problems().get(0).row());
    assertEquals(List.of("identity.precision-lost"), codes(read.rows().get(1)));
    assertEquals("001085012345", value(read.rows().get(2), ImportField.IDENTITY_NUMBER));
  }

  @Test
  void separatorComma() {
    assertEquals(',', Separators.detect("a,b,c\n1,2,3\n"));
  }

  @Test
  void separatorSemicolonDespiteDecimalCommas() {
    assertEquals(';', Separators.detect("Ngày, tháng, năm sinh;Hệ số\n1,5;2,34\n2;3,1\n"));
  }

  @Test
  void separatorTab() {
    assertEquals('\t', Separators.detect("a\tb\tc\n1\t2,5\t3\n"));
  }

  @Test
  void separatorOfOneColumnIsComma() {
    assertEquals(',', Separators.detect("abc\ndef\n"));
  }

  @Test
  void probe() {
    assertEquals(ProbeResult.POSSIBLE, adapter.probe(utf8("Họ và tên,Ngày sinh\n")));
    assertEquals(
        ProbeResult.POSSIBLE, adapter.probe("\uFEFFHọ và tên".getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(ProbeResult.NO_MATCH, adapter.probe(new byte[] {'P', 'K', 3, 4, 20, 0}));
    assertEquals(ProbeResult.NO_MATCH, adapter.probe(new byte[] {1, 0, 2, 0, 3}));
  }
}
