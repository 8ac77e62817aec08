package vn.hoso.importxlsx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoso.importxlsx.internal.Xlsx.date;
import static vn.hoso.importxlsx.internal.Xlsx.formula;
import static vn.hoso.importxlsx.internal.Xlsx.formulaError;
import static vn.hoso.importxlsx.internal.Xlsx.formulaText;
import static vn.hoso.importxlsx.internal.Xlsx.inline;
import static vn.hoso.importxlsx.internal.Xlsx.n;
import static vn.hoso.importxlsx.internal.Xlsx.styledBlank;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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

class XlsxImportAdapterTest {

  static final XlsxLimits LIMITS = new XlsxLimits(50L << 20, 1L << 30, 64L << 20, 100, 10_000);

  private final XlsxImportAdapter adapter = new XlsxImportAdapter(LIMITS);

  static List<CandidateRow> readAll(ImportReader reader) throws ImportException {
    List<CandidateRow> rows = new ArrayList<>();
    Optional<CandidateRow> row;
    while ((row = reader.next()).isPresent()) {
      rows.add(row.get());
    }
    return rows;
  }

  private List<CandidateRow> read(Xlsx file) throws ImportException {
    try (ImportReader reader = open(file.bytes())) {
      return readAll(reader);
    }
  }

  private ImportReader open(byte[] file) throws ImportException {
    return adapter.open(new ByteArrayInputStream(file), ImportRequest.of("ds.xlsx"));
  }

  static Object value(CandidateRow row, ImportField field) {
    ImportValue value = row.values().get(field);
    return value == null ? null : value.value();
  }

  static List<String> codes(CandidateRow row) {
    return row.problems().stream().map(ImportProblem::code).toList();
  }

  @Test
  void plainList() throws ImportException {
    Xlsx file =
        Xlsx.workbook()
            .sheet("Danh sách")
            .row("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Chức vụ")
            .row(
                n("1"),
                "Nguyễn Văn An",
                date(31182, Xlsx.DATE_STYLE),
                "Nam",
                "001085012345",
                "Trưởng phòng")
            .row(
                n("2"),
                "Lê Thị Hoa",
                date(33000, Xlsx.DAY_MONTH_YEAR_STYLE),
                "Nữ",
                "'079190000123",
                "Chuyên viên")
            .done();

    List<CandidateRow> rows = read(file);

    assertEquals(2, rows.size());
    CandidateRow an = rows.get(0);
    assertEquals(2, an.row());
    assertEquals("Nguyễn Văn An", value(an, ImportField.FULL_NAME));
    assertEquals(PartialDate.ofDay(LocalDate.of(1985, 5, 15)), value(an, ImportField.BIRTH_DATE));
    assertEquals(Sex.MALE, value(an, ImportField.SEX));
    assertEquals("001085012345", value(an, ImportField.IDENTITY_NUMBER));
    assertEquals("Trưởng phòng", value(an, ImportField.POSITION));
    assertEquals(List.of(), an.problems());
    CandidateRow hoa = rows.get(1);
    assertEquals(PartialDate.ofDay(LocalDate.of(1990, 5, 7)), value(hoa, ImportField.BIRTH_DATE));
    assertEquals(Sex.FEMALE, value(hoa, ImportField.SEX));
    assertEquals("079190000123", value(hoa, ImportField.IDENTITY_NUMBER));
    assertEquals("C", hoa.values().get(ImportField.BIRTH_DATE).column());
  }

  @Test
  void titleAndSignatureRowsAroundTable() throws ImportException {
    Xlsx file =
        Xlsx.workbook()
            .sheet("DS")
            .row("UBND TỈNH HÀ NAM", null, null, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .row("SỞ NỘI VỤ", null, null, "Độc lập - Tự do - Hạnh phúc")
            .skipRows(1)
            .row("DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2026")
            .row("(Kèm theo Công văn số 123/SNV-TCCB ngày 01/12/2026)")
            .row("STT", "Họ và tên", "Năm sinh", "Chức vụ")
            .row(n("1"), "Nguyễn Văn An", n("1975"), "Giám đốc")
            .row(null, "Tổng cộng: 1 người")
            .row(null, null, "Hà Nam, ngày 04 tháng 12 năm 2026")
            .row(null, "Người lập biểu", null, "GIÁM ĐỐC")
            .row(null, "(Ký, ghi rõ họ tên)", null, "(Ký tên, đóng dấu)")
            .row(null, "Trần Thị Lập", null, "Nguyễn Văn An")
            .done();

    try (ImportReader reader = open(file.bytes())) {
      List<CandidateRow> rows = readAll(reader);

      assertEquals(6, reader.table().headerRow());
      assertEquals("DS", reader.table().sheet());
      assertEquals(1, rows.size());
      assertEquals(7, rows.get(0).row());
      assertEquals(PartialDate.ofYear(1975), value(rows.get(0), ImportField.BIRTH_DATE));
    }
  }

  @Test
  void twoLevelMergedHeaderGivesSex() throws ImportException {
    Xlsx file =
        Xlsx.workbook()
            .sheet("DS")
            .row("TT", "Họ và tên", "Ngày, tháng, năm sinh", null, "Ngạch, bậc lương", null, null)
            .row(null, null, "Nam", "Nữ", "Mã ngạch", "Bậc", "Hệ số")
            .row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)")
            .row(n("1"), "Nguyễn Văn An", "12/05/1975", null, "01.003", "3/9", n("3"))
            .row(
                n("2"),
                "Lê Thị Hoa",
                null,
                date(33000, Xlsx.DATE_STYLE),
                n("1.002"),
                n("2"),
                n("4.7400000000000002"))
            .merge("A1:A2")
            .merge("B1:B2")
            .merge("C1:D1")
            .merge("E1:G1")
            .done();

    try (ImportReader reader = open(file.bytes())) {
      List<CandidateRow> rows = readAll(reader);

      assertEquals(1, reader.table().headerRow());
      assertEquals(4, reader.table().firstDataRow());
      assertEquals("Ngày, tháng, năm sinh / Nữ", reader.table().columns().get(3).header());
      assertEquals(2, rows.size());
      CandidateRow an = rows.get(0);
      assertEquals(4, an.row());
      assertEquals(PartialDate.ofDay(LocalDate.of(1975, 5, 12)), value(an, ImportField.BIRTH_DATE));
      assertEquals(Sex.MALE, value(an, ImportField.SEX));
      assertEquals("01.003", value(an, ImportField.RANK_CODE));
      assertEquals(3, value(an, ImportField.SALARY_STEP));
      assertEquals(n("3.00"), value(an, ImportField.SALARY_COEFFICIENT));
      CandidateRow hoa = rows.get(1);
      assertEquals(PartialDate.ofDay(LocalDate.of(1990, 5, 7)), value(hoa, ImportField.BIRTH_DATE));
      assertEquals(Sex.FEMALE, value(hoa, ImportField.SEX));
      assertEquals("D", hoa.values().get(ImportField.SEX).column());
      assertEquals("01.002", value(hoa, ImportField.RANK_CODE));
      assertEquals(n("4.74"), value(hoa, ImportField.SALARY_COEFFICIENT));
      assertEquals(List.of("rank-code.restored"), codes(hoa));
      assertEquals("E", hoa.problems().get(0).column());
    }
  }

  @Test
  void sectionRowsNameSubUnits() throws ImportException {
    Xlsx file =
        Xlsx.workbook()
            .sheet("DS")
            .row("STT", "Họ và tên", "Năm sinh", "Chức vụ")
            .row("I. Văn phòng")
            .row(n("1"), "Nguyễn Văn An", n("1975"), "Chánh Văn phòng")
            .row(n("2"), "Trần Văn Bình", n("1980"), "Chuyên viên")
            .row("II. Phòng Tổ chức cán bộ")
            .row(n("3"), "Lê Thị Hoa", n("1990"), "Trưởng phòng")
            .merge("A2:D2")
            .merge("A5:D5")
            .done();

    List<CandidateRow> rows = read(file);

    assertEquals(3, rows.size());
    assertEquals("Văn phòng", value(rows.get(0), ImportField.UNIT_NAME));
    assertEquals("Văn phòng", value(rows.get(1), ImportField.UNIT_NAME));
    assertEquals("Phòng Tổ chức cán bộ", value(rows.get(2), ImportField.UNIT_NAME));
    assertEquals(5, rows.get(2).values().get(ImportField.UNIT_NAME).row());
    assertEquals("A", rows.get(2).values().get(ImportField.UNIT_NAME).column());
  }

  @Test
  void formulaCellsGiveCachedValues() throws ImportException {
    Xlsx file =
        Xlsx.workbook()
            .sheet("DS")
            .row("STT", "Họ và tên", "Năm sinh", "Hệ số lương", "Ghi chú")
            .row(
                n("1"),
                formulaText("UPPER(\"Nguyễn Văn An\")", "NGUYỄN VĂN AN"),
                formula("2026-51", "1975"),
                formula("2.34+0.33", "2.67"),
                formulaError("VLOOKUP(B2,X:Y,2,0)", "#N/A"))
            .row(formula("A2+1", "2"), "Lê Thị Hoa", n("1990"), n("2.34"), null)
            .done();

    List<CandidateRow> rows = read(file);

    assertEquals(2, rows.size());
    CandidateRow an = rows.get(0);
    assertEquals("Nguyễn Văn An", value(an, ImportField.FULL_NAME));
    assertEquals(PartialDate.ofYear(1975), value(an, ImportField.BIRTH_DATE));
    assertEquals(n("2.67"), value(an, ImportField.SALARY_COEFFICIENT));
    assertEquals(List.of("cell.error"), codes(an));
    assertEquals("E", an.problems().get(0).column());
    assertEquals("Lê Thị Hoa", value(rows.get(1), ImportField.FULL_NAME));
  }

  @Test
  void formattedEmptyRowsAreSkipped() throws ImportException {
    Xlsx file =
        Xlsx.workbook()
            .sheet("DS")
            .row("STT", "Họ và tên", "Năm sinh")
            .row(n("1"), "Nguyễn Văn An", n("1975"))
            .row(styledBlank(), styledBlank(), styledBlank())
            .row(null, inline("   "), null)
            .row(n("2"), "Lê Thị Hoa", n("1990"))
            .row(styledBlank(), styledBlank(), styledBlank())
            .row(styledBlank(), styledBlank(), styledBlank())
            .done();

    List<CandidateRow> rows = read(file);

    assertEquals(List.of(2L, 5L), rows.stream().map(CandidateRow::row).toList());
  }

  @Test
  void datesInEveryForm() throws ImportException {
    Xlsx file =
        Xlsx.workbook()
            .sheet("DS")
            .row("Họ và tên", "Ngày sinh", "Ngày hưởng")
            .row("A Một", date(31182, Xlsx.DATE_STYLE), date(45108, Xlsx.MONTH_YEAR_STYLE))
            .row("B Hai", n("31182"), "07/2023")
            .row("C Ba", "15.05.1985", "1/7/2023")
            .row("D Bốn", "1985", inline("2023"))
            .row("E Năm", "15/05/85", "31/02/2023")
            .done();

    List<CandidateRow> rows = read(file);

    LocalDate may15 = LocalDate.of(1985, 5, 15);
    PartialDate july2023 = PartialDate.ofMonth(YearMonth.of(2023, 7));
    assertEquals(PartialDate.ofDay(may15), value(rows.get(0), ImportField.BIRTH_DATE));
    assertEquals(july2023, value(rows.get(0), ImportField.SALARY_EFFECTIVE_DATE));
    assertEquals(PartialDate.ofDay(may15), value(rows.get(1), ImportField.BIRTH_DATE));
    assertEquals(july2023, value(rows.get(1), ImportField.SALARY_EFFECTIVE_DATE));
    assertEquals(PartialDate.ofDay(may15), value(rows.get(2), ImportField.BIRTH_DATE));
    assertEquals(
        PartialDate.ofDay(LocalDate.of(2023, 7, 1)),
        value(rows.get(2), ImportField.SALARY_EFFECTIVE_DATE));
    assertEquals(PartialDate.ofYear(1985), value(rows.get(3), ImportField.BIRTH_DATE));
    assertEquals(PartialDate.ofYear(2023), value(rows.get(3), ImportField.SALARY_EFFECTIVE_DATE));
    CandidateRow bad = rows.get(4);
    assertEquals(List.of("date.two-digit-year", "date.invalid"), codes(bad));
    assertEquals(List.of("B", "C"), bad.problems().stream().map(ImportProblem::column).toList());
    assertEquals(List.of(6L, 6L), bad.problems().stream().map(ImportProblem::row).toList());
    assertNull(value(bad, ImportField.BIRTH_DATE));
  }

  @Test
  void identityNumbersAsNumbersAndText() throws ImportException {
    Xlsx file =
        Xlsx.workbook()
            .sheet("DS")
            .row("Họ và tên", "Số định danh cá nhân", "Số hiệu cán bộ, công chức")
            .row("A Một", n("1234567"), n("12345"))
            .row("B Hai", n("79085012345"), "'00123")
            .row("C Ba", n("179085012345"), inline("CC-77"))
            .row("D Bốn", "'001 085 012 345", null)
            .row("E Năm", n("1.79085E+11"), null)
            .done();

    List<CandidateRow> rows = read(file);

    assertEquals(List.of("identity.invalid"), codes(rows.get(0)));
    assertEquals("12345", value(rows.get(0), ImportField.CIVIL_SERVANT_NUMBER));
    assertEquals("079085012345", value(rows.get(1), ImportField.IDENTITY_NUMBER));
    assertEquals(List.of("identity.leading-zero-restored"), codes(rows.get(1)));
    assertEquals(ImportProblem.Severity.WARNING, rows.get(1).problems().get(0).severity());
    assertEquals("B", rows.get(1).problems().get(0).column());
    assertEquals("Số định danh cá nhân", rows.get(1).problems().get(0).header());
    assertEquals("00123", value(rows.get(1), ImportField.CIVIL_SERVANT_NUMBER));
    assertEquals("179085012345", value(rows.get(2), ImportField.IDENTITY_NUMBER));
    assertEquals("CC-77", value(rows.get(2), ImportField.CIVIL_SERVANT_NUMBER));
    assertEquals("001085012345", value(rows.get(3), ImportField.IDENTITY_NUMBER));
    assertEquals("179085000000", value(rows.get(4), ImportField.IDENTITY_NUMBER));
  }

  @Test
  void capitalNamesAndStraySpaces() throws ImportException {
    String nfd = java.text.Normalizer.normalize("Đặng Thị Hoà", java.text.Normalizer.Form.NFD);
    Xlsx file =
        Xlsx.workbook()
            .sheet("DS")
            .row("Họ và tên", "Năm sinh", "Chức vụ")
            .row("  NGUYỄN   VĂN  AN ", n("1975"), "Phó  Trưởng\nphòng")
            .row(nfd, n("1980"), null)
            .done();

    List<CandidateRow> rows = read(file);

    assertEquals("Nguyễn Văn An", value(rows.get(0), ImportField.FULL_NAME));
    assertEquals("Phó Trưởng phòng", value(rows.get(0), ImportField.POSITION));
    assertEquals("Đặng Thị Hoà", value(rows.get(1), ImportField.FULL_NAME));
  }

  @Test
  void tcvn3WorkbookIsConverted() throws ImportException {
    Xlsx file =
        Xlsx.workbook()
            .sheet("DS")
            .row("STT", "Hä vµ tªn", "Ngµy sinh", "Chøc vô")
            .row("I. V¨n phßng")
            .row(n("1"), "NguyÔn V¨n An", "12/05/1975", "Tr\u00ADëng phßng")
            .row(n("2"), "TRÇN THÞ B×NH", "1980", "Chuyªn viªn")
            .done();

    try (ImportReader reader = open(file.bytes())) {
      List<CandidateRow> rows = readAll(reader);

      assertEquals("TCVN3 (ABC)", reader.table().encoding());
      assertEquals("Họ và tên", reader.table().columns().get(1).header());
      assertEquals("Nguyễn Văn An", value(rows.get(0), ImportField.FULL_NAME));
      assertEquals("Trưởng phòng", value(rows.get(0), ImportField.POSITION));
      assertEquals("Văn phòng", value(rows.get(0), ImportField.UNIT_NAME));
      assertEquals("Trần Thị Bình", value(rows.get(1), ImportField.FULL_NAME));
      assertEquals("Chuyên viên", value(rows.get(1), ImportField.POSITION));
    }
  }

  @Test
  void vniCellInUnicodeWorkbook() throws ImportException {
    Xlsx file =
        Xlsx.workbook()
            .sheet("DS")
            .row("Họ và tên", "Năm sinh", "Quê quán")
            .row("Nguyễn Văn An", n("1975"), "Haø Noäi")
            .done();

    CandidateRow row = read(file).get(0);

    assertEquals("Hà Nội", value(row, ImportField.HOME_TOWN));
    assertEquals(List.of("text.legacy-converted"), codes(row));
    assertEquals(ImportProblem.Severity.WARNING, row.problems().get(0).severity());
  }

  @Test
  void firstSheetWithHeaderIsRead() throws ImportException {
    Xlsx file = Xlsx.workbook();
    file.sheet("Hướng dẫn").row("Điền danh sách vào trang sau.");
    file.hiddenSheet("Ẩn").row("Họ và tên", "Năm sinh").row("Không đọc", n("1900"));
    file.sheet("Danh sách").row("Họ và tên", "Năm sinh").row("Nguyễn Văn An", n("1975"));

    try (ImportReader reader = open(file.bytes())) {
      assertEquals("Danh sách", reader.table().sheet());
      assertEquals("Nguyễn Văn An", value(readAll(reader).get(0), ImportField.FULL_NAME));
    }
  }

  @Test
  void requestedSheetIsRead() throws ImportException {
    Xlsx file = Xlsx.workbook();
    file.sheet("2025").row("Họ và tên", "Năm sinh").row("Nguyễn Văn An", n("1975"));
    file.sheet("2026").row("Họ và tên", "Năm sinh").row("Lê Thị Hoa", n("1990"));

    ImportRequest request = new ImportRequest("ds.xlsx", Map.of(ImportRequest.SHEET, "2026"));
    try (ImportReader reader = adapter.open(new ByteArrayInputStream(file.bytes()), request)) {
      assertEquals("Lê Thị Hoa", value(readAll(reader).get(0), ImportField.FULL_NAME));
    }
  }

  @Test
  void missingSheetIsRejected() {
    Xlsx file = Xlsx.workbook();
    file.sheet("2025").row("Họ và tên", "Năm sinh");
    ImportRequest request = new ImportRequest("ds.xlsx", Map.of(ImportRequest.SHEET, "2027"));

    ImportException e =
        assertThrows(
            ImportException.class,
            () -> adapter.open(new ByteArrayInputStream(file.bytes()), request));

    assertEquals(ImportException.SHEET_NOT_FOUND, e.code());
    assertTrue(e.getMessage().contains("2025"), e.getMessage());
  }

  @Test
  void date1904Workbook() throws ImportException {
    Xlsx file =
        Xlsx.workbook()
            .date1904()
            .sheet("DS")
            .row("Họ và tên", "Ngày sinh")
            .row("Nguyễn Văn An", date(29720, Xlsx.DATE_STYLE))
            .done();

    assertEquals(
        PartialDate.ofDay(LocalDate.of(1985, 5, 15)),
        value(read(file).get(0), ImportField.BIRTH_DATE));
  }

  @Test
  void temporaryCopyIsDeleted() throws ImportException, IOException {
    Xlsx file = Xlsx.workbook().sheet("DS").row("Họ và tên", "Năm sinh").row("A", n("1975")).done();
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    long before = countCopies(tmp);

    try (ImportReader reader = open(file.bytes())) {
      assertEquals(before + 1, countCopies(tmp));
    }

    assertEquals(before, countCopies(tmp));
  }

  private static long countCopies(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith("hoso-import-")).count();
    }
  }

  @Test
  void cancelledReadStops() throws ImportException {
    Xlsx file =
        Xlsx.workbook()
            .sheet("DS")
            .row("Họ và tên", "Năm sinh")
            .row("Nguyễn Văn An", n("1975"))
            .row("Lê Thị Hoa", n("1990"))
            .done();

    try (ImportReader reader = open(file.bytes())) {
      assertTrue(reader.next().isPresent());
      reader.cancel();

      ImportException e = assertThrows(ImportException.class, reader::next);
      assertEquals(ImportException.CANCELLED, e.code());
    }
  }

  @Test
  void probe() {
    byte[] xlsx = Xlsx.workbook().sheet("DS").row("Họ và tên").done().bytes();
    byte[] ole2 = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    assertEquals(ProbeResult.CERTAIN, adapter.probe(java.util.Arrays.copyOf(xlsx, 4096)));
    assertEquals(ProbeResult.POSSIBLE, adapter.probe(new byte[] {'P', 'K', 3, 4, 0, 0}));
    assertEquals(ProbeResult.POSSIBLE, adapter.probe(ole2));
    assertEquals(
        ProbeResult.NO_MATCH,
        adapter.probe("Họ và tên,Ngày sinh".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(ProbeResult.NO_MATCH, adapter.probe(new byte[0]));
  }
}
