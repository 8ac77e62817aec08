package vn.hoso.importxlsx.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.hoso.importsupport.table.Columns;

/**
 * Writes small .xlsx files for tests by writing their OOXML parts into a zip archive, so each test
 * controls exactly what the file contains: shared or inline strings, date styles, formulas with
 * cached results, merged cells, empty formatted cells.
 */
final class Xlsx {

  /** Style indexes of {@link #STYLES}. */
  static final int DATE_STYLE = 1;

  static final int DAY_MONTH_YEAR_STYLE = 2;

  static final int MONTH_YEAR_STYLE = 3;

  static final int TEXT_STYLE = 4;

  private static final String STYLES =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="mm/yyyy"/></numFmts>
      <fonts count="1"><font><sz val="11"/><name val="Times New Roman"/></font></fonts>
      <fills count="1"><fill><patternFill patternType="none"/></fill></fills>
      <borders count="1"><border/></borders>
      <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
      <cellXfs count="5">
      <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
      <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
      <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
      <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
      <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
      </cellXfs>
      </styleSheet>
      """;

  private final Map<String, SheetBuilder> sheets = new LinkedHashMap<>();
  private final List<String> sharedStrings = new ArrayList<>();
  private final Map<String, Integer> sharedIndex = new LinkedHashMap<>();
  private final Map<String, byte[]> extraParts = new LinkedHashMap<>();
  private final Map<String, String> replacedParts = new LinkedHashMap<>();
  private boolean date1904;

  static Xlsx workbook() {
    return new Xlsx();
  }

  /** Adds a worksheet; rows are added to the returned builder. */
  SheetBuilder sheet(String name) {
    SheetBuilder sheet = new SheetBuilder(this, name, false);
    sheets.put(name, sheet);
    return sheet;
  }

  SheetBuilder hiddenSheet(String name) {
    SheetBuilder sheet = new SheetBuilder(this, name, true);
    sheets.put(name, sheet);
    return sheet;
  }

  Xlsx date1904() {
    date1904 = true;
    return this;
  }

  /** Adds a part of any content, such as a huge part for a zip bomb. */
  Xlsx part(String name, byte[] content) {
    extraParts.put(name, content);
    return this;
  }

  /** Replaces the generated content of a part, such as a sheet with a DOCTYPE. */
  Xlsx replace(String name, String content) {
    replacedParts.put(name, content);
    return this;
  }

  int share(String text) {
    return sharedIndex.computeIfAbsent(
        text,
        t -> {
          sharedStrings.add(t);
          return sharedStrings.size() - 1;
        });
  }

  byte[] bytes() {
    Map<String, String> parts = new LinkedHashMap<>();
    StringBuilder overrides = new StringBuilder();
    StringBuilder sheetList = new StringBuilder();
    StringBuilder rels = new StringBuilder();
    int n = 0;
    for (SheetBuilder sheet : sheets.values()) {
      n++;
      String part = "xl/worksheets/sheet" + n + ".xml";
      parts.put(part, sheet.xml());
      overrides.append(
          "<Override PartName=\"/"
              + part
              + "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
      sheetList.append(
          "<sheet name=\""
              + escape(sheet.name)
              + "\" sheetId=\""
              + n
              + "\" r:id=\"rId"
              + n
              + "\""
              + (sheet.hidden ? " state=\"hidden\"" : "")
              + "/>");
      rels.append(
          "<Relationship Id=\"rId"
              + n
              + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet"
              + n
              + ".xml\"/>");
    }
    rels.append(
        "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
    rels.append(
        "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
    parts.put(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + overrides
            + "</Types>");
    parts.put(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>");
    parts.put(
        "xl/workbook.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>")
            + "<sheets>"
            + sheetList
            + "</sheets></workbook>");
    parts.put(
        "xl/_rels/workbook.xml.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + rels
            + "</Relationships>");
    parts.put("xl/styles.xml", STYLES);
    StringBuilder sst = new StringBuilder();
    sst.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
        .append("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"")
        .append(sharedStrings.size())
        .append("\" uniqueCount=\"")
        .append(sharedStrings.size())
        .append("\">");
    for (String text : sharedStrings) {
      sst.append("<si><t xml:space=\"preserve\">").append(escape(text)).append("</t></si>");
    }
    sst.append("</sst>");
    parts.put("xl/sharedStrings.xml", sst.toString());
    parts.putAll(replacedParts);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      for (Map.Entry<String, byte[]> part : extraParts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** A cell written as given, for the kinds that plain values do not cover. */
  record Raw(String attributes, String content) {}

  /** A date cell: a serial number with a date style. */
  static Raw date(long serial, int style) {
    return new Raw("s=\"" + style + "\"", "<v>" + serial + "</v>");
  }

  static Raw inline(String text) {
    return new Raw("t=\"inlineStr\"", "<is><t>" + escape(text) + "</t></is>");
  }

  /** A formula with a numeric cached result. */
  static Raw formula(String formula, String cached) {
    return new Raw("", "<f>" + escape(formula) + "</f><v>" + cached + "</v>");
  }

  /** A formula with a text cached result. */
  static Raw formulaText(String formula, String cached) {
    return new Raw("t=\"str\"", "<f>" + escape(formula) + "</f><v>" + escape(cached) + "</v>");
  }

  static Raw formulaError(String formula, String error) {
    return new Raw("t=\"e\"", "<f>" + escape(formula) + "</f><v>" + error + "</v>");
  }

  /** An empty cell that only carries a style, as Excel writes for formatted but empty cells. */
  static Raw styledBlank() {
    return new Raw("s=\"" + TEXT_STYLE + "\"", "");
  }

  static BigDecimal n(String number) {
    return new BigDecimal(number);
  }

  /** One worksheet's rows and merged ranges. */
  static final class SheetBuilder {
    private final Xlsx workbook;
    private final String name;
    private final boolean hidden;
    private final StringBuilder rows = new StringBuilder();
    private final List<String> merges = new ArrayList<>();
    private int nextRow = 1;

    private SheetBuilder(Xlsx workbook, String name, boolean hidden) {
      this.workbook = workbook;
      this.name = name;
      this.hidden = hidden;
    }

    /**
     * Adds the next row. A String is a shared string, a number is a numeric cell, a {@link Raw} is
     * written as given, and null leaves the cell out.
     */
    SheetBuilder row(Object... cells) {
      rows.append("<row r=\"").append(nextRow).append("\">");
      for (int c = 0; c < cells.length; c++) {
        Object cell = cells[c];
        if (cell == null) {
          continue;
        }
        String ref = Columns.letter(c) + nextRow;
        if (cell instanceof String text) {
          rows.append("<c r=\"")
              .append(ref)
              .append("\" t=\"s\"><v>")
              .append(workbook.share(text))
              .append("</v></c>");
        } else if (cell instanceof Number number) {
          rows.append("<c r=\"").append(ref).append("\"><v>").append(number).append("</v></c>");
        } else if (cell instanceof Raw raw) {
          rows.append("<c r=\"")
              .append(ref)
              .append("\" ")
              .append(raw.attributes())
              .append(">")
              .append(raw.content())
              .append("</c>");
        } else {
          throw new IllegalArgumentException("cell " + cell);
        }
      }
      rows.append("</row>");
      nextRow++;
      return this;
    }

    /** Leaves rows out, as a sheet does for rows never touched. */
    SheetBuilder skipRows(int count) {
      nextRow += count;
      return this;
    }

    SheetBuilder merge(String range) {
      merges.add(range);
      return this;
    }

    Xlsx done() {
      return workbook;
    }

    String xml() {
      StringBuilder xml = new StringBuilder();
      xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
          .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
          .append("<sheetData>")
          .append(rows)
          .append("</sheetData>");
      if (!merges.isEmpty()) {
        xml.append("<mergeCells count=\"").append(merges.size()).append("\">");
        for (String range : merges) {
          xml.append("<mergeCell ref=\"").append(range).append("\"/>");
        }
        xml.append("</mergeCells>");
      }
      return xml.append("</worksheet>").toString();
    }
  }
}
