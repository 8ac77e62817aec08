package vn.hoso.imports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import vn.hoso.api.imports.ImportColumn;
import vn.hoso.api.imports.ImportException;
import vn.hoso.api.imports.ImportField;
import vn.hoso.api.imports.ImportReader;
import vn.hoso.api.imports.ImportRequest;
import vn.hoso.api.imports.ImportTable;
import vn.hoso.importxlsx.internal.XlsxImportAdapter;

/**
 * The template against the real XLSX adapter, so that the two cannot drift apart: every column of
 * the template must be recognised as its field.
 */
class StaffListWorkbookTest {

  /** The field each template column must be read as; the sequence number maps to none. */
  private static final Map<String, ImportField> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put("STT", null);
    EXPECTED.put("Họ và tên", ImportField.FULL_NAME);
    EXPECTED.put("Ngày sinh", ImportField.BIRTH_DATE);
    EXPECTED.put("Giới tính", ImportField.SEX);
    EXPECTED.put("Số định danh cá nhân", ImportField.IDENTITY_NUMBER);
    EXPECTED.put("Số hiệu cán bộ, công chức", ImportField.CIVIL_SERVANT_NUMBER);
    EXPECTED.put("Đơn vị", ImportField.UNIT_NAME);
    EXPECTED.put("Đối tượng", ImportField.CATEGORY);
    EXPECTED.put("Mã ngạch", ImportField.RANK_CODE);
    EXPECTED.put("Bậc lương", ImportField.SALARY_STEP);
    EXPECTED.put("Hệ số lương", ImportField.SALARY_COEFFICIENT);
    EXPECTED.put("Ngày hưởng", ImportField.SALARY_EFFECTIVE_DATE);
    EXPECTED.put("Chức vụ", ImportField.POSITION);
    EXPECTED.put("Quê quán", ImportField.HOME_TOWN);
    EXPECTED.put("Ghi chú", ImportField.NOTE);
  }

  @Test
  void templateHasTheExpectedHeaders() {
    assertEquals(List.copyOf(EXPECTED.keySet()), StaffListWorkbook.HEADERS);
  }

  @Test
  void adapterRecognisesEveryTemplateColumn() throws ImportException {
    ImportTable table = open(StaffListWorkbook.template());

    assertEquals(StaffListWorkbook.HEADER_ROW, table.headerRow());
    assertEquals(StaffListWorkbook.SHEET_NAME, table.sheet());
    List<String> letters = new ArrayList<>();
    for (int i = 0; i < StaffListWorkbook.HEADERS.size(); i++) {
      String header = StaffListWorkbook.HEADERS.get(i);
      String letter = StaffListWorkbook.column(i);
      letters.add(letter);
      ImportColumn column =
          table.columns().stream()
              .filter(candidate -> candidate.column().equals(letter))
              .findFirst()
              .orElseThrow(
                  () -> new AssertionError("column " + letter + " (" + header + ") unread"));
      assertEquals(header, column.header(), "header of column " + letter);
      assertEquals(EXPECTED.get(header), column.field(), "field of column " + letter);
    }
    for (ImportColumn column : table.columns()) {
      assertTrue(letters.contains(column.column()), "column outside the template: " + column);
    }
  }

  @Test
  void sheetAndHeadersKeepVietnameseDiacritics() throws IOException {
    String workbook = part(StaffListWorkbook.template(), "xl/workbook.xml");
    String sheet = part(StaffListWorkbook.template(), "xl/worksheets/sheet1.xml");

    assertTrue(workbook.contains("name=\"Danh sách\""), workbook);
    assertTrue(sheet.contains(">Số hiệu cán bộ, công chức<"), sheet);
    assertTrue(sheet.contains(">Đối tượng<"), sheet);
    assertTrue(sheet.contains("DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC"), sheet);
  }

  @Test
  void textIsEscapedAndControlCharactersDropped() {
    assertEquals("A &amp; B &lt;C&gt; D", StaffListWorkbook.escape("A & B <C>\u0001 D"));
  }

  @Test
  void columnLettersContinuePastZ() {
    assertEquals("A", StaffListWorkbook.column(0));
    assertEquals("Z", StaffListWorkbook.column(25));
    assertEquals("AA", StaffListWorkbook.column(26));
    assertEquals("AZ", StaffListWorkbook.column(51));
  }

  private static ImportTable open(byte[] file) throws ImportException {
    try (ImportReader reader =
        new XlsxImportAdapter(ImportEngineTestBase.xlsxConfig())
            .open(new ByteArrayInputStream(file), new ImportRequest("mau.xlsx", Map.of()))) {
      return reader.table();
    }
  }

  private static String part(byte[] file, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no part " + name);
  }
}
