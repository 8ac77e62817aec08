package vn.hoso.imports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The downloadable import template: one worksheet with a title row and the header row the XLSX
 * adapter recognises, written as plain OOXML parts with inline strings.
 */
final class TemplateWorkbook {

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

  private static final String TITLE =
      "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC (ngày sinh và ngày hưởng ghi dạng dd/mm/yyyy)";

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
      <sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets>
      </workbook>
      """;

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

  private TemplateWorkbook() {}

  static byte[] bytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(zip, "[Content_Types].xml", CONTENT_TYPES);
      put(zip, "_rels/.rels", ROOT_RELATIONSHIPS);
      put(zip, "xl/workbook.xml", WORKBOOK);
      put(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELATIONSHIPS);
      put(zip, "xl/styles.xml", STYLES);
      put(zip, "xl/worksheets/sheet1.xml", sheet());
    } catch (IOException e) {
      throw new UncheckedIOException("Writing the template in memory failed", e);
    }
    return bytes.toByteArray();
  }

  private static String sheet() {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>");
    xml.append("<row r=\"1\">").append(cell("A1", TITLE)).append("</row>");
    xml.append("<row r=\"3\">");
    for (int i = 0; i < HEADERS.size(); i++) {
      xml.append(cell(column(i) + "3", HEADERS.get(i)));
    }
    xml.append("</row></sheetData></worksheet>");
    return xml.toString();
  }

  private static String cell(String reference, String text) {
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + escaped + "</t></is></c>";
  }

  /** Returns the column letters of a 0-based index below 26 * 27. */
  private static String column(int index) {
    return index < 26
        ? String.valueOf((char) ('A' + index))
        : column(index / 26 - 1) + (char) ('A' + index % 26);
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
