package vn.hoso.importxlsx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoso.importxlsx.internal.Xlsx.n;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hoso.api.imports.ImportException;
import vn.hoso.api.imports.ImportRequest;

class XlsxBadFilesTest {

  private static final String XXE_SHEET =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
      <row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="B1" t="inlineStr"><is><t>Năm sinh</t></is></c></row>
      <row r="2"><c r="A2" t="inlineStr"><is><t>&xxe;</t></is></c><c r="B2"><v>1975</v></c></row>
      </sheetData></worksheet>
      """;

  private long copiesBefore;

  @BeforeEach
  void countCopiesBefore() throws IOException {
    copiesBefore = countCopies();
  }

  @AfterEach
  void noCopyIsLeft() throws IOException {
    assertEquals(copiesBefore, countCopies(), "temporary copies left behind");
  }

  private static long countCopies() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(f -> f.getFileName().toString().startsWith("hoso-import-")).count();
    }
  }

  private static ImportException rejected(byte[] file) {
    return rejected(file, XlsxImportAdapterTest.LIMITS);
  }

  private static ImportException rejected(byte[] file, XlsxLimits limits) {
    XlsxImportAdapter adapter = new XlsxImportAdapter(limits);
    return assertThrows(
        ImportException.class,
        () -> adapter.open(new ByteArrayInputStream(file), ImportRequest.of("ds.xlsx")).close());
  }

  private static byte[] validFile() {
    return Xlsx.workbook()
        .sheet("DS")
        .row("Họ và tên", "Năm sinh", "Chức vụ")
        .row("Nguyễn Văn An", n("1975"), "Chuyên viên")
        .row("Lê Thị Hoa", n("1990"), "Chuyên viên chính")
        .done()
        .bytes();
  }

  @Test
  void textFileIsNoSpreadsheet() {
    ImportException e =
        rejected("Họ và tên,Ngày sinh\nNguyễn Văn An,1975\n".getBytes(StandardCharsets.UTF_8));

    assertEquals(ImportException.NOT_SUPPORTED, e.code());
    assertTrue(e.getMessage().contains(".xlsx"), e.getMessage());
  }

  @Test
  void emptyFileIsNoSpreadsheet() {
    assertEquals(ImportException.NOT_SUPPORTED, rejected(new byte[0]).code());
  }

  @Test
  void wordDocumentIsNoSpreadsheet() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
    }

    assertEquals(ImportException.NOT_SUPPORTED, rejected(bytes.toByteArray()).code());
  }

  @Test
  void excel97FileIsRejectedWithAdvice() {
    byte[] xls = new byte[1024];
    byte[] signature = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(signature, 0, xls, 0, signature.length);

    ImportException e = rejected(xls);

    assertEquals(ImportException.OLD_EXCEL_FORMAT, e.code());
    assertTrue(e.getMessage().contains(".xls"), e.getMessage());
  }

  @Test
  void truncatedZipIsCorrupt() {
    byte[] valid = validFile();

    ImportException e = rejected(Arrays.copyOf(valid, valid.length / 2));

    assertEquals(ImportException.CORRUPT, e.code());
  }

  @Test
  void damagedPartIsCorrupt() {
    byte[] damaged = validFile();
    // The sheet is the first part written, so its compressed data starts near the beginning.
    for (int i = 60; i < 90; i++) {
      damaged[i] ^= 0x5A;
    }

    assertEquals(ImportException.CORRUPT, rejected(damaged).code());
  }

  @Test
  void externalEntityIsRejectedUnread() {
    byte[] file =
        Xlsx.workbook().sheet("DS").done().replace("xl/worksheets/sheet1.xml", XXE_SHEET).bytes();

    ImportException e = rejected(file);

    assertEquals(ImportException.XML_DOCTYPE, e.code());
    assertTrue(e.getMessage().contains("xl/worksheets/sheet1.xml"), e.getMessage());
    assertFalse(e.getMessage().contains("root:"), e.getMessage());
  }

  @Test
  void doctypeInSharedStringsIsRejected() {
    String sst =
        "<?xml version=\"1.0\"?>\n<!-- strings -->\n<!DOCTYPE sst [<!ENTITY a \"aaaa\">]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>";
    byte[] file =
        Xlsx.workbook()
            .sheet("DS")
            .row("Họ và tên")
            .done()
            .replace("xl/sharedStrings.xml", sst)
            .bytes();

    assertEquals(ImportException.XML_DOCTYPE, rejected(file).code());
  }

  @Test
  void doctypeInPartWithOtherNameIsRejected() {
    byte[] file =
        Xlsx.workbook()
            .sheet("DS")
            .row("Họ và tên")
            .done()
            .part("xl/worksheets/data.bin", XXE_SHEET.getBytes(StandardCharsets.UTF_8))
            .bytes();

    assertEquals(ImportException.XML_DOCTYPE, rejected(file).code());
  }

  @Test
  void highlyCompressedPartIsZipBomb() {
    byte[] zeros = new byte[16 * 1024 * 1024];
    byte[] file =
        Xlsx.workbook()
            .sheet("DS")
            .row("Họ và tên")
            .done()
            .part("xl/media/image1.bin", zeros)
            .bytes();

    ImportException e = rejected(file);

    assertEquals(ImportException.ZIP_BOMB, e.code());
    assertTrue(e.getMessage().contains("xl/media/image1.bin"), e.getMessage());
  }

  @Test
  void unpackedSizeOverLimitIsZipBomb() {
    XlsxLimits limits = new XlsxLimits(50L << 20, 2_000, 64L << 20, 100, 10_000);

    assertEquals(ImportException.ZIP_BOMB, rejected(validFile(), limits).code());
  }

  @Test
  void tooManyPartsIsZipBomb() {
    XlsxLimits limits = new XlsxLimits(50L << 20, 1L << 30, 64L << 20, 100, 3);

    assertEquals(ImportException.ZIP_BOMB, rejected(validFile(), limits).code());
  }

  @Test
  void fileOverSizeLimitIsRejected() {
    XlsxLimits limits = new XlsxLimits(1_000, 1L << 30, 64L << 20, 100, 10_000);

    ImportException e = rejected(validFile(), limits);

    assertEquals(ImportException.TOO_LARGE, e.code());
  }

  @Test
  void sharedStringsOverLimitAreRejected() {
    XlsxLimits limits = new XlsxLimits(50L << 20, 1L << 30, 200, 100, 10_000);

    ImportException e = rejected(validFile(), limits);

    assertEquals(ImportException.TOO_LARGE, e.code());
  }

  @Test
  void sheetWithoutHeaderIsRejected() {
    byte[] file =
        Xlsx.workbook()
            .sheet("Báo cáo")
            .row("BÁO CÁO THÁNG 12")
            .row("Chỉ tiêu", "Số lượng")
            .row("Biên chế", n("25"))
            .done()
            .bytes();

    ImportException e = rejected(file);

    assertEquals(ImportException.NO_HEADER, e.code());
    assertTrue(e.getMessage().contains("Báo cáo"), e.getMessage());
  }
}
