package vn.hoso.importsupport.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoso.importsupport.table.Rows.n;
import static vn.hoso.importsupport.table.Rows.r;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hoso.api.imports.CandidateRow;
import vn.hoso.api.imports.ImportException;
import vn.hoso.api.imports.ImportField;
import vn.hoso.api.imports.ImportProblem;
import vn.hoso.api.imports.ImportValue;
import vn.hoso.api.record.DatePrecision;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.Sex;

class TableReaderTest {

  private static final SourceInfo XLSX = new SourceInfo("Sheet1", false, "Unicode", false);

  private static List<CandidateRow> readAll(TableReader reader) throws ImportException {
    List<CandidateRow> rows = new ArrayList<>();
    Optional<CandidateRow> row;
    while ((row = reader.next()).isPresent()) {
      rows.add(row.get());
    }
    return rows;
  }

  private static Object value(CandidateRow row, ImportField field) {
    ImportValue value = row.values().get(field);
    return value == null ? null : value.value();
  }

  @Test
  void headerBelowTitleRows() throws ImportException {
    Rows sheet =
        Rows.of(
            r("UBND TỈNH A", null, null, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            r("SỞ NỘI VỤ", null, null, "Độc lập - Tự do - Hạnh phúc"),
            r(),
            r("DANH SÁCH CÁN BỘ, CÔNG CHỨC"),
            r("STT", "Họ và tên", "Ngày sinh", "Số CCCD"),
            r(n("1"), "Nguyễn Văn An", "12/05/1985", "'001085012345"));

    try (TableReader reader = TableReader.open(sheet, XLSX)) {
      List<CandidateRow> rows = readAll(reader);

      assertEquals(5, reader.table().headerRow());
      assertEquals(6, reader.table().firstDataRow());
      assertEquals(1, rows.size());
      assertEquals(6, rows.get(0).row());
      assertEquals("Nguyễn Văn An", value(rows.get(0), ImportField.FULL_NAME));
      assertEquals(
          PartialDate.ofDay(LocalDate.of(1985, 5, 12)), value(rows.get(0), ImportField.BIRTH_DATE));
      assertEquals("001085012345", value(rows.get(0), ImportField.IDENTITY_NUMBER));
      assertEquals(List.of(), rows.get(0).problems());
    }
    assertTrue(sheet.closed);
  }

  @Test
  void twoLevelHeaderWithSexColumnsAndNumbering() throws ImportException {
    Rows sheet =
        Rows.of(
            r("STT", "Họ và tên", "Ngày, tháng, năm sinh", null, "Chức vụ"),
            r(null, null, "Nam", "Nữ", null),
            r("(1)", "(2)", "(3)", "(4)", "(5)"),
            r(n("1"), "TRẦN VĂN BÌNH", "1970", null, "Trưởng phòng"),
            r(
                n("2"),
                "lê thị hoa",
                null,
                new Rows.Date(31182, DatePrecision.DAY),
                "Phó Trưởng phòng"));

    try (TableReader reader = TableReader.open(sheet, XLSX)) {
      List<CandidateRow> rows = readAll(reader);

      assertEquals(1, reader.table().headerRow());
      assertEquals(4, reader.table().firstDataRow());
      assertEquals("Ngày, tháng, năm sinh / Nữ", reader.table().columns().get(3).header());
      assertEquals(ImportField.BIRTH_DATE, reader.table().columns().get(3).field());
      assertEquals(2, rows.size());
      assertEquals("Trần Văn Bình", value(rows.get(0), ImportField.FULL_NAME));
      assertEquals(PartialDate.ofYear(1970), value(rows.get(0), ImportField.BIRTH_DATE));
      assertEquals(Sex.MALE, value(rows.get(0), ImportField.SEX));
      assertEquals("Lê Thị Hoa", value(rows.get(1), ImportField.FULL_NAME));
      assertEquals(
          PartialDate.ofDay(LocalDate.of(1985, 5, 15)), value(rows.get(1), ImportField.BIRTH_DATE));
      assertEquals(Sex.FEMALE, value(rows.get(1), ImportField.SEX));
      assertEquals("D", rows.get(1).values().get(ImportField.SEX).column());
    }
  }

  @Test
  void sectionRowsNameTheUnit() throws ImportException {
    Rows sheet =
        Rows.of(
            r("STT", "Họ và tên", "Năm sinh"),
            r("I. Văn phòng"),
            r(n("1"), "Nguyễn Văn An", "1980"),
            r("II", "Phòng Tổ chức cán bộ"),
            r(n("2"), "Lê Thị Hoa", "1990"),
            r(null, "Cộng: 2 người"),
            r(null, "Người lập biểu", "Thủ trưởng đơn vị"),
            r(null, "Nguyễn Văn Lập", null));

    try (TableReader reader = TableReader.open(sheet, XLSX)) {
      List<CandidateRow> rows = readAll(reader);

      assertEquals(2, rows.size());
      assertEquals("Văn phòng", value(rows.get(0), ImportField.UNIT_NAME));
      assertEquals(2, rows.get(0).values().get(ImportField.UNIT_NAME).row());
      assertEquals("Phòng Tổ chức cán bộ", value(rows.get(1), ImportField.UNIT_NAME));
    }
  }

  @Test
  void blankAndNumberOnlyRowsAreSkipped() throws ImportException {
    Rows sheet =
        Rows.of(
            r("STT", "Họ và tên", "Ngày sinh"),
            r("", "  ", null),
            r(n("1"), "Nguyễn Văn An", "1980"),
            r(n("2"), null, null));

    try (TableReader reader = TableReader.open(sheet, XLSX)) {
      assertEquals(1, readAll(reader).size());
    }
  }

  @Test
  void cellProblemsNameRowColumnAndCode() throws ImportException {
    Rows sheet =
        Rows.of(
            r("Họ và tên", "Ngày sinh", "Số CCCD", "Giới tính"),
            r("Nguyễn Văn An", "12/05/85", n("79085012345"), "Nam"),
            r(null, "12/05/1985", null, "Khác"));

    try (TableReader reader = TableReader.open(sheet, XLSX)) {
      List<CandidateRow> rows = readAll(reader);

      List<ImportProblem> first = rows.get(0).problems();
      assertEquals(2, first.size());
      assertEquals(List.of(2L, 2L), first.stream().map(ImportProblem::row).toList());
      assertEquals(List.of("B", "C"), first.stream().map(ImportProblem::column).toList());
      assertEquals(
          List.of("date.two-digit-year", "identity.leading-zero-restored"),
          first.stream().map(ImportProblem::code).toList());
      assertEquals("Ngày sinh", first.get(0).header());
      assertNull(rows.get(0).values().get(ImportField.BIRTH_DATE));
      assertEquals("079085012345", value(rows.get(0), ImportField.IDENTITY_NUMBER));

      List<ImportProblem> second = rows.get(1).problems();
      assertEquals(
          List.of("name.missing", "sex.unreadable"),
          second.stream().map(ImportProblem::code).toList());
      assertEquals(List.of("A", "D"), second.stream().map(ImportProblem::column).toList());
    }
  }

  @Test
  void sexColumnContradictingBirthDateColumn() throws ImportException {
    Rows sheet =
        Rows.of(
            r("Họ và tên", "Năm sinh", null, "Giới tính"),
            r(null, "Nam", "Nữ", null),
            r("Nguyễn Văn An", null, "1980", "Nam"));

    try (TableReader reader = TableReader.open(sheet, XLSX)) {
      CandidateRow row = readAll(reader).get(0);

      assertEquals("sex.conflict", row.problems().get(0).code());
      assertEquals("D", row.problems().get(0).column());
      assertNull(row.values().get(ImportField.SEX));
      assertEquals(PartialDate.ofYear(1980), value(row, ImportField.BIRTH_DATE));
    }
  }

  @Test
  void splitNameColumnsMakeFullName() throws ImportException {
    Rows sheet = Rows.of(r("Họ và tên đệm", "Tên", "Ngày sinh"), r("TÔN NỮ THỊ", "HÀ", "1980"));

    try (TableReader reader = TableReader.open(sheet, XLSX)) {
      CandidateRow row = readAll(reader).get(0);

      assertEquals("Tôn Nữ Thị Hà", value(row, ImportField.FULL_NAME));
      assertEquals("Tôn", value(row, ImportField.FAMILY_NAME));
      assertEquals("Nữ Thị", value(row, ImportField.MIDDLE_NAME));
      assertEquals("Hà", value(row, ImportField.GIVEN_NAME));
    }
  }

  @Test
  void tcvn3SheetIsConverted() throws ImportException {
    Rows sheet =
        Rows.of(
            r("STT", "Hä vµ tªn", "Ngµy sinh", "Chøc vô"),
            r("I. V¨n phßng"),
            r(n("1"), "NguyÔn V¨n An", "12/05/1985", "Tr­ëng phßng"),
            r(n("2"), "TrÇn ThÞ B×nh", "1990", "Chuyªn viªn"));

    try (TableReader reader = TableReader.open(sheet, XLSX)) {
      List<CandidateRow> rows = readAll(reader);

      assertEquals("TCVN3 (ABC)", reader.table().encoding());
      assertEquals("Họ và tên", reader.table().columns().get(1).header());
      assertEquals("Nguyễn Văn An", value(rows.get(0), ImportField.FULL_NAME));
      assertEquals("Trưởng phòng", value(rows.get(0), ImportField.POSITION));
      assertEquals("Văn phòng", value(rows.get(0), ImportField.UNIT_NAME));
      assertEquals("Trần Thị Bình", value(rows.get(1), ImportField.FULL_NAME));
      assertEquals(List.of(), rows.get(1).problems());
    }
  }

  @Test
  void uncertainEncodingIsRejected() {
    // "Lê Tô" reads as Vietnamese both as written and as TCVN3 ("Lờ Tụ"), and nothing else decides.
    Rows sheet = Rows.of(r("Ho va ten", "Ngay sinh"), r("Lê Tô", "1980"));

    ImportException e = assertThrows(ImportException.class, () -> TableReader.open(sheet, XLSX));

    assertEquals(ImportException.ENCODING_UNCERTAIN, e.code());
    assertTrue(e.getMessage().contains("TCVN3"), e.getMessage());
  }

  @Test
  void noHeaderIsRejected() {
    Rows sheet = Rows.of(r("Báo cáo tháng"), r("Cột 1", "Cột 2"), r("a", "b"));

    ImportException e = assertThrows(ImportException.class, () -> TableReader.open(sheet, XLSX));

    assertEquals(ImportException.NO_HEADER, e.code());
    assertTrue(e.getMessage().contains("Sheet1"), e.getMessage());
  }

  @Test
  void cancelStopsReading() throws ImportException {
    Rows sheet = Rows.of(r("Họ và tên", "Ngày sinh"), r("Nguyễn Văn An", "1980"));

    try (TableReader reader = TableReader.open(sheet, XLSX)) {
      reader.cancel();

      ImportException e = assertThrows(ImportException.class, reader::next);
      assertEquals(ImportException.CANCELLED, e.code());
    }
  }

  @Test
  void interruptCancels() throws ImportException {
    Rows sheet = Rows.of(r("Họ và tên", "Ngày sinh"), r("Nguyễn Văn An", "1980"));

    try (TableReader reader = TableReader.open(sheet, XLSX)) {
      Thread.currentThread().interrupt();
      try {
        ImportException e = assertThrows(ImportException.class, reader::next);
        assertEquals(ImportException.CANCELLED, e.code());
      } finally {
        Thread.interrupted();
      }
    }
  }

  @Test
  void salaryColumns() throws ImportException {
    Rows sheet =
        Rows.of(
            r("Họ và tên", "Ngạch, bậc lương", null, null, null),
            r(null, "Mã số", "Bậc", "Hệ số", "Ngày hưởng"),
            r("Nguyễn Văn An", n("1.003"), "3/9", "3,00", "07/2023"),
            r(
                "Lê Thị Hoa",
                "01.002",
                n("2"),
                n("4.7400000000000002"),
                new Rows.Date(45108, DatePrecision.MONTH)));

    try (TableReader reader = TableReader.open(sheet, XLSX)) {
      List<CandidateRow> rows = readAll(reader);

      assertEquals("01.003", value(rows.get(0), ImportField.RANK_CODE));
      assertEquals("rank-code.restored", rows.get(0).problems().get(0).code());
      assertEquals(3, value(rows.get(0), ImportField.SALARY_STEP));
      assertEquals(n("3.00"), value(rows.get(0), ImportField.SALARY_COEFFICIENT));
      assertEquals(
          PartialDate.ofMonth(java.time.YearMonth.of(2023, 7)),
          value(rows.get(0), ImportField.SALARY_EFFECTIVE_DATE));
      assertEquals("01.002", value(rows.get(1), ImportField.RANK_CODE));
      assertEquals(2, value(rows.get(1), ImportField.SALARY_STEP));
      assertEquals(n("4.74"), value(rows.get(1), ImportField.SALARY_COEFFICIENT));
      assertEquals(
          PartialDate.ofMonth(java.time.YearMonth.of(2023, 7)),
          value(rows.get(1), ImportField.SALARY_EFFECTIVE_DATE));
    }
  }
}
