package vn.hoso.importxlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.api.imports.ImportException;
import vn.hoso.importsupport.table.TableReader;

/**
 * A temporary copy of an uploaded workbook, checked before any XML of it is parsed. The checks: the
 * file's size, that it is a zip archive of a spreadsheet, that no part unpacks beyond the limits,
 * that every part's checksum matches, and that no part declares an XML document type.
 *
 * <p>The copy is needed because a zip archive is read from its end (the central directory), and it
 * keeps memory bounded whatever the file's size. The checks unpack every part once; the workbook
 * reader then unpacks the parts it needs again from the same, unchanged copy.
 */
final class XlsxArchive implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(XlsxArchive.class);

  /** The start of every zip archive: a local file header. */
  private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};

  /** The start of an OLE2 compound file, the container of Excel 97–2003 .xls files. */
  private static final byte[] OLE2_SIGNATURE = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  /** How much of each part is searched for an XML document type declaration. */
  private static final int PROLOG_BYTES = 64 * 1024;

  private static final int BUFFER_BYTES = 64 * 1024;

  private final Path file;

  private XlsxArchive(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  /**
   * Copies the stream to a temporary file and checks it.
   *
   * @throws ImportException {@link ImportException#TOO_LARGE}, {@link
   *     ImportException#OLD_EXCEL_FORMAT}, {@link ImportException#NOT_SUPPORTED}, {@link
   *     ImportException#CORRUPT}, {@link ImportException#ZIP_BOMB}, {@link
   *     ImportException#XML_DOCTYPE}, {@link ImportException#CANCELLED} or {@link
   *     ImportException#READ_FAILED}
   */
  static XlsxArchive copyAndCheck(InputStream in, XlsxLimits limits) throws ImportException {
    Path file = createTempFile();
    XlsxArchive archive = new XlsxArchive(file);
    try {
      copy(in, file, limits.maxFileBytes());
      checkSignature(file);
      checkParts(file, limits);
      return archive;
    } catch (ImportException | RuntimeException e) {
      archive.close();
      throw e;
    }
  }

  private static Path createTempFile() throws ImportException {
    try {
      return Files.createTempFile("hoso-import-", ".xlsx");
    } catch (IOException e) {
      throw readFailed(e);
    }
  }

  private static void copy(InputStream in, Path file, long maxBytes) throws ImportException {
    byte[] buffer = new byte[BUFFER_BYTES];
    long total = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        checkInterrupt();
        total += read;
        if (total > maxBytes) {
          throw new ImportException(
              ImportException.TOO_LARGE,
              "Tệp lớn hơn giới hạn "
                  + megabytes(maxBytes)
                  + " MB. Hãy chia danh sách thành nhiều tệp nhỏ hơn, hoặc nhờ quản trị viên tăng giới hạn.");
        }
        out.write(buffer, 0, read);
      }
    } catch (IOException e) {
      throw readFailed(e);
    }
  }

  private static void checkSignature(Path file) throws ImportException {
    byte[] head = new byte[OLE2_SIGNATURE.length];
    int length;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw readFailed(e);
    }
    if (startsWith(head, length, OLE2_SIGNATURE)) {
      throw new ImportException(
          ImportException.OLD_EXCEL_FORMAT,
          "Tệp là bảng tính Excel 97–2003 (.xls), định dạng này không được hỗ trợ. Hãy mở tệp bằng Excel và lưu lại dưới dạng Excel Workbook (.xlsx).");
    }
    if (!startsWith(head, length, ZIP_SIGNATURE)) {
      throw notSpreadsheet();
    }
  }

  static boolean startsWith(byte[] bytes, int length, byte[] prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static void checkParts(Path file, XlsxLimits limits) throws ImportException {
    try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
      boolean contentTypes = false;
      boolean workbook = false;
      long total = 0;
      int entries = 0;
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        entries++;
        if (entries > limits.maxEntries()) {
          throw zipBomb("có hơn " + limits.maxEntries() + " tệp con");
        }
        if (entry.isDirectory()) {
          continue;
        }
        String name = entry.getName();
        contentTypes |= name.equals("[Content_Types].xml");
        workbook |= name.toLowerCase(Locale.ROOT).matches("xl/workbook\\d*\\.xml");
        total += checkPart(zip, entry, limits, limits.maxUncompressedBytes() - total);
      }
      if (!contentTypes || !workbook) {
        throw notSpreadsheet();
      }
    } catch (IOException | RuntimeException e) {
      throw corrupt(e);
    }
  }

  /** Unpacks one part, checking its size, ratio, checksum and prolog; returns its unpacked size. */
  private static long checkPart(
      ZipFile zip, ZipArchiveEntry entry, XlsxLimits limits, long remaining)
      throws IOException, ImportException {
    boolean sharedStrings = entry.getName().toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml");
    // Every part is searched, whatever its name: a relationship can point a sheet at any part.
    byte[] prolog = new byte[PROLOG_BYTES];
    int prologLength = 0;
    CRC32 crc = new CRC32();
    byte[] buffer = new byte[BUFFER_BYTES];
    long size = 0;
    long packed = Math.max(entry.getCompressedSize(), 1);
    try (InputStream in = zip.getInputStream(entry)) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        checkInterrupt();
        size += read;
        if (size > remaining) {
          throw zipBomb("giải nén ra hơn " + megabytes(limits.maxUncompressedBytes()) + " MB");
        }
        if (size > XlsxLimits.RATIO_GRACE_BYTES && size / packed > limits.maxCompressionRatio()) {
          throw zipBomb(
              "phần \""
                  + entry.getName()
                  + "\" bị nén hơn "
                  + limits.maxCompressionRatio()
                  + " lần");
        }
        if (sharedStrings && size > limits.maxSharedStringsBytes()) {
          throw new ImportException(
              ImportException.TOO_LARGE,
              "Bảng tính có hơn "
                  + megabytes(limits.maxSharedStringsBytes())
                  + " MB chữ khác nhau, vượt giới hạn. Hãy chia danh sách thành nhiều tệp nhỏ hơn, hoặc nhờ quản trị viên tăng giới hạn.");
        }
        crc.update(buffer, 0, read);
        if (prologLength < prolog.length) {
          int copied = Math.min(read, prolog.length - prologLength);
          System.arraycopy(buffer, 0, prolog, prologLength, copied);
          prologLength += copied;
        }
      }
    }
    if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
      throw new ImportException(
          ImportException.CORRUPT,
          "Tệp bị hỏng: phần \""
              + entry.getName()
              + "\" không khớp mã kiểm tra. Hãy mở tệp bằng Excel, lưu lại rồi nhập lại.");
    }
    if (declaresDoctype(prolog, prologLength)) {
      throw new ImportException(
          ImportException.XML_DOCTYPE,
          "Tệp có phần \""
              + entry.getName()
              + "\" khai báo DOCTYPE, điều một bảng tính bình thường không có. Tệp có thể đã bị sửa để đọc dữ liệu của máy chủ nên bị từ chối; hãy mở tệp gốc bằng Excel, lưu lại rồi nhập lại.");
    }
    return size;
  }

  /**
   * Returns whether an XML prolog contains a document type declaration before the root element. The
   * Open Packaging Conventions forbid one in the package's own XML (ECMA-376 Part 2, rule M1.18),
   * and workbook parts have no use for one. The prolog is read as UTF-16 when it starts with a
   * UTF-16 byte order mark, else as UTF-8.
   */
  static boolean declaresDoctype(byte[] prolog, int length) {
    String text;
    if (length >= 2
        && ((prolog[0] == (byte) 0xFE && prolog[1] == (byte) 0xFF)
            || (prolog[0] == (byte) 0xFF && prolog[1] == (byte) 0xFE))) {
      text = new String(prolog, 0, length, StandardCharsets.UTF_16);
    } else {
      text = new String(prolog, 0, length, StandardCharsets.UTF_8);
    }
    int position = 0;
    while (true) {
      int open = text.indexOf('<', position);
      if (open < 0 || open + 1 >= text.length()) {
        return false;
      }
      char next = text.charAt(open + 1);
      if (next == '?') {
        position = skipPast(text, open, "?>");
      } else if (text.startsWith("<!--", open)) {
        position = skipPast(text, open, "-->");
      } else if (next == '!') {
        return text.regionMatches(true, open, "<!DOCTYPE", 0, 9);
      } else {
        return false;
      }
      if (position < 0) {
        return false;
      }
    }
  }

  private static int skipPast(String text, int from, String end) {
    int at = text.indexOf(end, from);
    return at < 0 ? -1 : at + end.length();
  }

  private static void checkInterrupt() throws ImportException {
    if (Thread.currentThread().isInterrupted()) {
      throw TableReader.cancelledException();
    }
  }

  private static long megabytes(long bytes) {
    return bytes / (1024 * 1024);
  }

  static ImportException notSpreadsheet() {
    return new ImportException(
        ImportException.NOT_SUPPORTED,
        "Tệp không phải là bảng tính Excel (.xlsx). Hãy chọn đúng tệp danh sách, hoặc mở tệp bằng Excel và lưu lại dưới dạng Excel Workbook (.xlsx).");
  }

  static ImportException corrupt(Exception cause) {
    return new ImportException(
        ImportException.CORRUPT,
        "Tệp bị hỏng hoặc không đầy đủ nên không đọc được. Hãy mở tệp bằng Excel, lưu lại rồi nhập lại.",
        cause);
  }

  private static ImportException zipBomb(String reason) {
    return new ImportException(
        ImportException.ZIP_BOMB,
        "Tệp bị từ chối vì "
            + reason
            + ", vượt giới hạn an toàn. Một danh sách nhân sự bình thường không như vậy; hãy lưu lại tệp bằng Excel hoặc nhờ quản trị viên kiểm tra.");
  }

  private static ImportException readFailed(IOException e) {
    return new ImportException(
        ImportException.READ_FAILED,
        "Máy chủ không lưu tạm được tệp để đọc. Hãy thử lại sau hoặc báo quản trị viên.",
        e);
  }

  /** Deletes the temporary copy. */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("Could not delete the temporary copy '{}' of an imported workbook", file, e);
    }
  }
}
