package vn.hoso.importxlsx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.hoso.importxlsx.internal.Xlsx.date;
import static vn.hoso.importxlsx.internal.Xlsx.formula;
import static vn.hoso.importxlsx.internal.Xlsx.formulaText;
import static vn.hoso.importxlsx.internal.Xlsx.inline;
import static vn.hoso.importxlsx.internal.Xlsx.n;
import static vn.hoso.importxlsx.internal.Xlsx.styledBlank;
import static vn.hoso.importxlsx.internal.XlsxImportAdapterTest.codes;
import static vn.hoso.importxlsx.internal.XlsxImportAdapterTest.value;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.api.imports.CandidateRow;
import vn.hoso.api.imports.ImportException;
import vn.hoso.api.imports.ImportField;
import vn.hoso.api.imports.ImportProblem;
import vn.hoso.api.imports.ImportReader;
import vn.hoso.api.imports.ImportRequest;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;

/** One workbook with every quirk the adapter copes with, as a real staff list may have them. */
class XlsxCombinedFileTest {

  private final XlsxImportAdapter adapter = new XlsxImportAdapter(XlsxImportAdapterTest.LIMITS);

  @Test
  void everyQuirkInOneWorkbook() throws ImportException {
    Xlsx file = Xlsx.workbook();
    file.sheet("Hướng dẫn").row("Nhập danh sách ở trang tính \"DS 2026\".");
    file.sheet("DS 2026")
        .row("SỞ NỘI VỤ TỈNH HÀ NAM", null, null, null, null, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .row(null, null, null, null, null, "Độc lập - Tự do - Hạnh phúc")
        .skipRows(1)
        .row("DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC")
        .row(styledBlank(), styledBlank(), styledBlank())
        .row(
            "STT",
            "Họ và tên",
            "Ngày, tháng, năm sinh",
            null,
            "Số CCCD",
            "Đối tượng",
            "Ngạch, bậc lương",
            null,
            null,
            "Ngày hưởng",
            "Chức vụ")
        .row(null, null, "Nam", "Nữ", null, null, "Mã ngạch", "Bậc", "Hệ số", null, null)
        .row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)")
        .row("I. Văn phòng")
        .row(
            n("1"),
            "NGUYỄN VĂN AN",
            date(27529, Xlsx.DATE_STYLE),
            null,
            n("1075012345"),
            "Công chức",
            "01.002",
            "4/8",
            n("5.42"),
            date(45108, Xlsx.MONTH_YEAR_STYLE),
            "Chánh Văn phòng")
        .row(
            formula("A10+1", "2"),
            "  Lê   Thị  Hoa ",
            null,
            "07/05/1990",
            "'001190000123",
            "CC",
            n("1.003"),
            n("3"),
            "3,00",
            "01/07/2023",
            null)
        .row(
            styledBlank(),
            styledBlank(),
            styledBlank(),
            styledBlank(),
            styledBlank(),
            styledBlank())
        .row("II", "Phòng Tổ chức cán bộ")
        .row(
            formula("A11+1", "3"),
            formulaText("PROPER(\"trần văn bình\")", "Trần Văn Bình"),
            "12/05/85",
            null,
            inline("1.07501E+11"),
            "Viên chức",
            "V.11.01.03",
            n("2"),
            formula("2.34+0.33", "2.67"),
            "7/2023",
            "Trưởng phòng")
        .row(
            n("4"),
            "Phạm Thị Mai",
            null,
            n("1968"),
            "'12345",
            "Hợp đồng",
            null,
            null,
            null,
            null,
            null)
        .row(null, "Cộng: 4 người")
        .row(null, null, null, null, null, null, null, "Hà Nam, ngày 04 tháng 12 năm 2026")
        .row(null, "NGƯỜI LẬP BIỂU", null, null, null, null, null, "GIÁM ĐỐC")
        .row(null, "Nguyễn Thị Lập", null, null, null, null, null, "Trần Văn Giám")
        .merge("A6:A7")
        .merge("B6:B7")
        .merge("C6:D6")
        .merge("G6:I6")
        .merge("A9:K9")
        .merge("B13:K13");

    List<CandidateRow> rows;
    try (ImportReader reader =
        adapter.open(new ByteArrayInputStream(file.bytes()), ImportRequest.of("ds.xlsx"))) {
      assertEquals("DS 2026", reader.table().sheet());
      assertEquals(6, reader.table().headerRow());
      assertEquals(9, reader.table().firstDataRow());
      rows = XlsxImportAdapterTest.readAll(reader);
    }

    assertEquals(List.of(10L, 11L, 14L, 15L), rows.stream().map(CandidateRow::row).toList());

    CandidateRow an = rows.get(0);
    assertEquals("Nguyễn Văn An", value(an, ImportField.FULL_NAME));
    assertEquals(PartialDate.ofDay(LocalDate.of(1975, 5, 15)), value(an, ImportField.BIRTH_DATE));
    assertEquals(Sex.MALE, value(an, ImportField.SEX));
    assertEquals("Văn phòng", value(an, ImportField.UNIT_NAME));
    assertEquals(PersonCategory.CONG_CHUC, value(an, ImportField.CATEGORY));
    assertEquals("01.002", value(an, ImportField.RANK_CODE));
    assertEquals(4, value(an, ImportField.SALARY_STEP));
    assertEquals(n("5.42"), value(an, ImportField.SALARY_COEFFICIENT));
    assertEquals(
        PartialDate.ofMonth(YearMonth.of(2023, 7)), value(an, ImportField.SALARY_EFFECTIVE_DATE));
    assertEquals("Chánh Văn phòng", value(an, ImportField.POSITION));
    assertEquals(List.of("identity.leading-zero-restored"), codes(an));
    assertEquals("001075012345", value(an, ImportField.IDENTITY_NUMBER));
    assertEquals("E", an.problems().get(0).column());

    CandidateRow hoa = rows.get(1);
    assertEquals("Lê Thị Hoa", value(hoa, ImportField.FULL_NAME));
    assertEquals(PartialDate.ofDay(LocalDate.of(1990, 5, 7)), value(hoa, ImportField.BIRTH_DATE));
    assertEquals(Sex.FEMALE, value(hoa, ImportField.SEX));
    assertEquals("001190000123", value(hoa, ImportField.IDENTITY_NUMBER));
    assertEquals("Văn phòng", value(hoa, ImportField.UNIT_NAME));
    assertEquals(PersonCategory.CONG_CHUC, value(hoa, ImportField.CATEGORY));
    assertEquals("01.003", value(hoa, ImportField.RANK_CODE));
    assertEquals(n("3.00"), value(hoa, ImportField.SALARY_COEFFICIENT));
    assertEquals(
        PartialDate.ofDay(LocalDate.of(2023, 7, 1)), value(hoa, ImportField.SALARY_EFFECTIVE_DATE));
    assertEquals(List.of("rank-code.restored"), codes(hoa));
    assertEquals("G", hoa.problems().get(0).column());

    CandidateRow binh = rows.get(2);
    assertEquals("Trần Văn Bình", value(binh, ImportField.FULL_NAME));
    assertEquals("Phòng Tổ chức cán bộ", value(binh, ImportField.UNIT_NAME));
    assertEquals(13, binh.values().get(ImportField.UNIT_NAME).row());
    assertEquals(PersonCategory.VIEN_CHUC, value(binh, ImportField.CATEGORY));
    assertEquals("V.11.01.03", value(binh, ImportField.RANK_CODE));
    assertEquals(n("2.67"), value(binh, ImportField.SALARY_COEFFICIENT));
    assertEquals(Sex.MALE, value(binh, ImportField.SEX));
    assertEquals(List.of("date.two-digit-year", "identity.precision-lost"), codes(binh));
    assertEquals(List.of("C", "E"), binh.problems().stream().map(ImportProblem::column).toList());
    assertEquals(List.of(14L, 14L), binh.problems().stream().map(ImportProblem::row).toList());
    assertEquals("Ngày, tháng, năm sinh / Nam", binh.problems().get(0).header());

    CandidateRow mai = rows.get(3);
    assertEquals(PartialDate.ofYear(1968), value(mai, ImportField.BIRTH_DATE));
    assertEquals(Sex.FEMALE, value(mai, ImportField.SEX));
    assertEquals(PersonCategory.NGUOI_LAO_DONG, value(mai, ImportField.CATEGORY));
    assertEquals(List.of("identity.invalid"), codes(mai));
    assertEquals("E", mai.problems().get(0).column());
  }

  @Test
  void workbookWrittenByFastexcel(@TempDir Path dir) throws IOException, ImportException {
    Path path = dir.resolve("fastexcel.xlsx");
    try (OutputStream out = Files.newOutputStream(path)) {
      Workbook workbook = new Workbook(out, "Hoso", "1.0");
      Worksheet sheet = workbook.newWorksheet("Danh sách");
      sheet.value(0, 0, "DANH SÁCH CÔNG CHỨC");
      sheet.value(2, 0, "Họ và tên");
      sheet.value(2, 1, "Ngày sinh");
      sheet.value(2, 2, "Hệ số lương");
      sheet.value(3, 0, "Nguyễn Văn An");
      sheet.value(3, 1, LocalDate.of(1985, 5, 15));
      sheet.style(3, 1).format("dd/mm/yyyy").set();
      sheet.value(3, 2, 2.67);
      workbook.finish();
    }

    try (ImportReader reader =
        adapter.open(Files.newInputStream(path), ImportRequest.of("fastexcel.xlsx"))) {
      CandidateRow row = XlsxImportAdapterTest.readAll(reader).get(0);

      assertEquals(3, reader.table().headerRow());
      assertEquals("Nguyễn Văn An", value(row, ImportField.FULL_NAME));
      assertEquals(
          PartialDate.ofDay(LocalDate.of(1985, 5, 15)), value(row, ImportField.BIRTH_DATE));
      assertEquals(n("2.67"), value(row, ImportField.SALARY_COEFFICIENT));
    }
  }
}
