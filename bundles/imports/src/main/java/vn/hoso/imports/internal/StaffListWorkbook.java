package vn.hoso.imports.internal;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;

/**
 * Writes the staff list layout of the downloadable template and of the export of people: one
 * worksheet with a title row, the header row the XLSX adapter recognises in row 3, and one person
 * per row from row 4. The parts are plain OOXML with inline strings, written as a stream, so an
 * export of many people needs no more memory than one row.
 *
 * <p>Every value is written the way the adapter reads it back unchanged: dates as dd/mm/yyyy text
 * (mm/yyyy or yyyy for a birth date known only to the month or year), codes and identity numbers as
 * text so that a leading zero survives, salary step and coefficient as numbers, and the unit as its
 * code.
 */
final class StaffListWorkbook implements Closeable {

  /** The headers, in spellings that the adapters' header dictionary contains. */
  static final List<String> HEADERS =
      List.of(
          "STT",
          "Họ và tên",
          "Ngày sinh",
          "Giới tính",
          "Số định danh cá nhân",
          "Số hiệu cán bộ, công chức",
          "Đơn vị",
          "Đối tượng",
          "Mã ngạch",
          "Bậc lương",
          "Hệ số lương",
          "Ngày hưởng",
          "Chức vụ",
          "Quê quán",
          "Ghi chú");

  /** The name of the worksheet. */
  static final String SHEET_NAME = "Danh sách";

  /** The title in row 1. */
  static final String TITLE =
      "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC (ngày sinh và ngày hưởng ghi dạng dd/mm/yyyy)";

  /** The header row. People start in the row below it. */
  static final int HEADER_ROW = 3;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

  /**
   * One person of the list. Null values leave their cell empty.
   *
   * @param unit the unit's code, which the importer matches before names
   */
  record Row(
      String fullName,
      PartialDate birthDate,
      Sex sex,
      String identityNumber,
      String civilServantNumber,
      String unit,
      PersonCategory category,
      String rankCode,
      Integer salaryStep,
      BigDecimal salaryCoefficient,
      LocalDate salaryEffectiveDate,
      String position,
      String homeTown) {}

  private static final String CONTENT_TYPES =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
      <Default Extension="xml" ContentType="application/xml"/>
      <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
      <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
      <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
      </Types>
      """;

  private static final String ROOT_RELATIONSHIPS =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
      </Relationships>
      """;

  private static final String WORKBOOK =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
      <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets>
      </workbook>
      """
          .formatted(SHEET_NAME);

  private static final String WORKBOOK_RELATIONSHIPS =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
      <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
      </Relationships>
      """;

  private static final String STYLES =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <fonts count="1"><font><sz val="12"/><name val="Times New Roman"/></font></fonts>
      <fills count="1"><fill><patternFill patternType="none"/></fill></fills>
      <borders count="1"><border/></borders>
      <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
      <cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>
      </styleSheet>
      """;

  private final ZipOutputStream zip;
  private final Writer sheet;
  private int nextRow = HEADER_ROW + 1;

  /** Writes everything up to the header row to {@code out}, which {@link #close} closes. */
  StaffListWorkbook(OutputStream out) throws IOException {
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    put("[Content_Types].xml", CONTENT_TYPES);
    put("_rels/.rels", ROOT_RELATIONSHIPS);
    put("xl/workbook.xml", WORKBOOK);
    put("xl/_rels/workbook.xml.rels", WORKBOOK_RELATIONSHIPS);
    put("xl/styles.xml", STYLES);
    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
    // The writer is never closed on its own, because closing it would close the archive.
    this.sheet = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 64 * 1024);
    sheet.write(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData>");
    sheet.write("<row r=\"1\">");
    textCell(0, 1, TITLE);
    sheet.write("</row>");
    sheet.write("<row r=\"" + HEADER_ROW + "\">");
    for (int i = 0; i < HEADERS.size(); i++) {
      textCell(i, HEADER_ROW, HEADERS.get(i));
    }
    sheet.write("</row>");
  }

  /** Returns the template: the title and the header row without people. */
  static byte[] template() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (StaffListWorkbook workbook = new StaffListWorkbook(bytes)) {
      // Nothing but the header.
    } catch (IOException e) {
      throw new UncheckedIOException("Writing the template in memory failed", e);
    }
    return bytes.toByteArray();
  }

  /** Adds one person below the rows added before, numbered from 1 in the first column. */
  void add(Row person) throws IOException {
    int row = nextRow++;
    sheet.write("<row r=\"" + row + "\">");
    textCell(0, row, Integer.toString(row - HEADER_ROW));
    textCell(1, row, person.fullName());
    textCell(2, row, date(person.birthDate()));
    textCell(3, row, sex(person.sex()));
    textCell(4, row, person.identityNumber());
    textCell(5, row, person.civilServantNumber());
    textCell(6, row, person.unit());
    textCell(7, row, category(person.category()));
    textCell(8, row, person.rankCode());
    numberCell(9, row, person.salaryStep() == null ? null : person.salaryStep().toString());
    numberCell(
        10,
        row,
        person.salaryCoefficient() == null ? null : person.salaryCoefficient().toPlainString());
    textCell(
        11,
        row,
        person.salaryEffectiveDate() == null ? null : DAY.format(person.salaryEffectiveDate()));
    textCell(12, row, person.position());
    textCell(13, row, person.homeTown());
    sheet.write("</row>");
  }

  /** Ends the worksheet and the archive, and closes the output stream. */
  @Override
  public void close() throws IOException {
    sheet.write("</sheetData></worksheet>");
    sheet.flush();
    zip.closeEntry();
    zip.close();
  }

  static String sexTitle(Sex sex) {
    return sex == Sex.MALE ? "Nam" : "Nữ";
  }

  static String categoryTitle(PersonCategory category) {
    return switch (category) {
      case CAN_BO -> "Cán bộ";
      case CONG_CHUC -> "Công chức";
      case VIEN_CHUC -> "Viên chức";
      case NGUOI_LAO_DONG -> "Người lao động";
    };
  }

  private static String sex(Sex sex) {
    return sex == null ? null : sexTitle(sex);
  }

  private static String category(PersonCategory category) {
    return category == null ? null : categoryTitle(category);
  }

  private static String date(PartialDate date) {
    if (date == null) {
      return null;
    }
    return switch (date.precision()) {
      case DAY -> DAY.format(date.value());
      case MONTH -> MONTH.format(date.value());
      case YEAR -> Integer.toString(date.value().getYear());
    };
  }

  private void textCell(int column, int row, String text) throws IOException {
    if (text == null || text.isEmpty()) {
      return;
    }
    sheet.write("<c r=\"");
    sheet.write(column(column));
    sheet.write(Integer.toString(row));
    sheet.write("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    sheet.write(escape(text));
    sheet.write("</t></is></c>");
  }

  private void numberCell(int column, int row, String number) throws IOException {
    if (number == null) {
      return;
    }
    sheet.write("<c r=\"" + column(column) + row + "\"><v>" + number + "</v></c>");
  }

  /** Escapes XML markup and drops the control characters that XML 1.0 does not allow. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  /** Returns the column letters of a 0-based index below 26 * 27. */
  static String column(int index) {
    return index < 26
        ? String.valueOf((char) ('A' + index))
        : column(index / 26 - 1) + (char) ('A' + index % 26);
  }

  private void put(String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
