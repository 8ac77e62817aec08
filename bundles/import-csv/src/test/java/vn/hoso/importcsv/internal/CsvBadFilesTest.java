package vn.hoso.importcsv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hoso.api.imports.CandidateRow;
import vn.hoso.api.imports.ImportException;
import vn.hoso.api.imports.ImportReader;
import vn.hoso.api.imports.ImportRequest;

class CsvBadFilesTest {

  private static ImportException rejected(byte[] file, long maxFileBytes) {
    CsvImportAdapter adapter = new CsvImportAdapter(maxFileBytes);
    return assertThrows(
        ImportException.class,
        () -> {
          try (ImportReader reader =
              adapter.open(new ByteArrayInputStream(file), ImportRequest.of("ds.csv"))) {
            Optional<CandidateRow> row;
            do {
              row = reader.next();
            } while (row.isPresent());
          }
        });
  }

  private static ImportException rejected(byte[] file) {
    return rejected(file, 50L << 20);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void binaryFileIsNotText() {
    assertEquals(ImportException.NOT_SUPPORTED, rejected(new byte[] {1, 2, 0, 0, 5, 6, 7}).code());
  }

  @Test
  void workbookIsNotText() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};

    ImportException e = rejected(zip);

    assertEquals(ImportException.NOT_SUPPORTED, e.code());
    assertTrue(e.getMessage().contains(".xlsx"), e.getMessage());
  }

  @Test
  void fileOverSizeLimitIsRejected() {
    StringBuilder csv = new StringBuilder("Họ và tên,Năm sinh\n");
    for (int i = 0; i < 1_000; i++) {
      csv.append("Nguyễn Văn An ").append(i).append(",1985\n");
    }

    ImportException e = rejected(utf8(csv.toString()), 10_000);

    assertEquals(ImportException.TOO_LARGE, e.code());
  }

  @Test
  void unclosedQuoteIsCorrupt() {
    StringBuilder csv = new StringBuilder("Họ và tên,Năm sinh\n\"Nguyễn Văn An,1985\n");
    csv.append("x".repeat(CsvParser.MAX_RECORD_CHARS + 10));

    ImportException e = rejected(utf8(csv.toString()));

    assertEquals(ImportException.CORRUPT, e.code());
    assertTrue(e.getMessage().contains("Dòng 2"), e.getMessage());
  }

  @Test
  void invalidUtf8AfterSampleIsRejected() {
    StringBuilder csv = new StringBuilder("Họ và tên,Năm sinh\n");
    while (csv.length() < 2 * CsvImportAdapter.SAMPLE_BYTES) {
      csv.append("Nguyễn Văn An,1985\n");
    }
    byte[] valid = utf8(csv.toString());
    byte[] file = java.util.Arrays.copyOf(valid, valid.length + 20);
    byte[] tail = {'L', (byte) 0xEA, ' ', 'H', (byte) 0xE0, ',', '1', '9', '8', '5', '\n'};
    System.arraycopy(tail, 0, file, valid.length, tail.length);

    ImportException e = rejected(java.util.Arrays.copyOf(file, valid.length + tail.length));

    assertEquals(ImportException.ENCODING_INVALID, e.code());
  }

  @Test
  void textWithoutHeaderIsRejected() {
    ImportException e = rejected(utf8("Báo cáo tháng 12\nChỉ tiêu,Số lượng\nBiên chế,25\n"));

    assertEquals(ImportException.NO_HEADER, e.code());
  }
}
