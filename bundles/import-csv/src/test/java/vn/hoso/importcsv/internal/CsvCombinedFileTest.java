package vn.hoso.importcsv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hoso.api.imports.CandidateRow;
import vn.hoso.api.imports.ImportException;
import vn.hoso.api.imports.ImportField;
import vn.hoso.api.imports.ImportProblem;
import vn.hoso.api.imports.ImportReader;
import vn.hoso.api.imports.ImportRequest;
import vn.hoso.api.imports.ImportValue;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;

/** A staff list saved from Excel as "Unicode text" with every quirk of the XLSX lists. */
class CsvCombinedFileTest {

  private static Object value(CandidateRow row, ImportField field) {
    ImportValue value = row.values().get(field);
    return value == null ? null : value.value();
  }

  @Test
  void everyQuirkInOneFile() throws ImportException {
    String text =
        String.join(
            "\r\n",
            "\uFEFFSỞ NỘI VỤ\t\t\t\t\t\t\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "\t\t\t\t\t\t\t\t",
            "DANH SÁCH CÔNG CHỨC\t\t\t\t\t\t\t\t",
            "STT\tHọ và tên\tNgày, tháng, năm sinh\t\tSố CCCD\tĐối tượng\tNgạch, bậc lương\t\tHệ số lương",
            "\t\tNam\tNữ\t\t\tMã ngạch\tBậc\t",
            "(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)",
            "I. Văn phòng\t\t\t\t\t\t\t\t",
            "1\tNGUYỄN VĂN AN\t15/05/1975\t\t1075012345\tCông chức\t1.002\t4/8\t5,42",
            "2\t\"  Lê   Thị  Hoa \"\t\t07/05/1990\t'001190000123\tCC\t01.003\t3\t3",
            "\t\t\t\t\t\t\t\t",
            "II\tPhòng Tổ chức cán bộ\t\t\t\t\t\t\t",
            "3\t\"Trần Văn\nBình\"\t12/05/85\t\t1,07501E+11\tViên chức\tV.11.01.03\t2\t2,67",
            "\tCộng: 3 người\t\t\t\t\t\t\t",
            "\t\t\t\t\t\tHà Nam, ngày 04 tháng 12 năm 2026\t\t",
            "\tNGƯỜI LẬP BIỂU\t\t\t\t\tGIÁM ĐỐC\t\t",
            "");
    byte[] file = text.getBytes(StandardCharsets.UTF_16LE);

    List<CandidateRow> rows = new ArrayList<>();
    CsvImportAdapter adapter = new CsvImportAdapter(50L << 20);
    try (ImportReader reader =
        adapter.open(new ByteArrayInputStream(file), ImportRequest.of("ds.txt"))) {
      assertEquals("UTF-16LE", reader.table().encoding());
      assertEquals(4, reader.table().headerRow());
      assertEquals(7, reader.table().firstDataRow());
      Optional<CandidateRow> row;
      while ((row = reader.next()).isPresent()) {
        rows.add(row.get());
      }
    }

    assertEquals(List.of(8L, 9L, 12L), rows.stream().map(CandidateRow::row).toList());

    CandidateRow an = rows.get(0);
    assertEquals("Nguyễn Văn An", value(an, ImportField.FULL_NAME));
    assertEquals(PartialDate.ofDay(LocalDate.of(1975, 5, 15)), value(an, ImportField.BIRTH_DATE));
    assertEquals(Sex.MALE, value(an, ImportField.SEX));
    assertEquals("001075012345", value(an, ImportField.IDENTITY_NUMBER));
    assertEquals("Văn phòng", value(an, ImportField.UNIT_NAME));
    assertEquals(PersonCategory.CONG_CHUC, value(an, ImportField.CATEGORY));
    assertEquals("01.002", value(an, ImportField.RANK_CODE));
    assertEquals(4, value(an, ImportField.SALARY_STEP));
    assertEquals(new BigDecimal("5.42"), value(an, ImportField.SALARY_COEFFICIENT));
    assertEquals(
        List.of("identity.leading-zero-restored", "rank-code.restored"),
        an.problems().stream().map(ImportProblem::code).toList());
    assertEquals(List.of("E", "G"), an.problems().stream().map(ImportProblem::column).toList());

    CandidateRow hoa = rows.get(1);
    assertEquals("Lê Thị Hoa", value(hoa, ImportField.FULL_NAME));
    assertEquals(PartialDate.ofDay(LocalDate.of(1990, 5, 7)), value(hoa, ImportField.BIRTH_DATE));
    assertEquals(Sex.FEMALE, value(hoa, ImportField.SEX));
    assertEquals("001190000123", value(hoa, ImportField.IDENTITY_NUMBER));
    assertEquals(new BigDecimal("3.00"), value(hoa, ImportField.SALARY_COEFFICIENT));
    assertEquals(List.of(), hoa.problems());

    CandidateRow binh = rows.get(2);
    assertEquals("Trần Văn Bình", value(binh, ImportField.FULL_NAME));
    assertEquals("Phòng Tổ chức cán bộ", value(binh, ImportField.UNIT_NAME));
    assertEquals(11, binh.values().get(ImportField.UNIT_NAME).row());
    assertEquals(PersonCategory.VIEN_CHUC, value(binh, ImportField.CATEGORY));
    assertEquals(new BigDecimal("2.67"), value(binh, ImportField.SALARY_COEFFICIENT));
    assertEquals(
        List.of("date.two-digit-year", "identity.precision-lost"),
        binh.problems().stream().map(ImportProblem::code).toList());
    assertEquals(List.of("C", "E"), binh.problems().stream().map(ImportProblem::column).toList());
  }
}
