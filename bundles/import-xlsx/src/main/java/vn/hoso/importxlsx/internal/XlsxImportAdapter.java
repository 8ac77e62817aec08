package vn.hoso.importxlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import vn.hoso.api.imports.ImportAdapter;
import vn.hoso.api.imports.ImportException;
import vn.hoso.api.imports.ImportReader;
import vn.hoso.api.imports.ImportRequest;
import vn.hoso.api.imports.ProbeResult;
import vn.hoso.importsupport.table.SourceInfo;
import vn.hoso.importsupport.table.TableReader;

/**
 * Reads Excel workbooks (.xlsx, .xlsm) with fastexcel-reader, one row at a time.
 *
 * <p>Reading options: {@link ImportRequest#SHEET} names the worksheet; without it the first visible
 * worksheet with a recognisable header is read.
 *
 * <p>Memory: besides the rows the {@link TableReader} keeps, fastexcel-reader keeps the shared
 * strings table of the workbook, which grows with the number of distinct texts in it, up to the
 * size that {@link XlsxImportConfig#maxUncompressedBytes()} allows.
 */
@Component(
    service = ImportAdapter.class,
    configurationPid = XlsxImportAdapter.PID,
    property = {
      ImportAdapter.ID_PROPERTY + "=" + XlsxImportAdapter.ID,
      ImportAdapter.MEDIA_TYPES_PROPERTY + "=" + XlsxImportAdapter.XLSX_MEDIA_TYPE,
      ImportAdapter.MEDIA_TYPES_PROPERTY + "=" + XlsxImportAdapter.XLSM_MEDIA_TYPE,
      ImportAdapter.EXTENSIONS_PROPERTY + "=xlsx",
      ImportAdapter.EXTENSIONS_PROPERTY + "=xlsm"
    })
@Designate(ocd = XlsxImportConfig.class)
public final class XlsxImportAdapter implements ImportAdapter {

  static final String PID = "vn.hoso.importxlsx";
  static final String ID = "xlsx";
  static final String XLSX_MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String XLSM_MEDIA_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.12";

  private static final byte[] OLE2_SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  private final XlsxLimits limits;

  @Activate
  public XlsxImportAdapter(XlsxImportConfig config) {
    this(XlsxLimits.of(config));
  }

  XlsxImportAdapter(XlsxLimits limits) {
    this.limits = limits;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Bảng tính Excel (.xlsx)";
  }

  @Override
  public Set<String> mediaTypes() {
    return Set.of(XLSX_MEDIA_TYPE, XLSM_MEDIA_TYPE);
  }

  @Override
  public Set<String> extensions() {
    return Set.of("xlsx", "xlsm");
  }

  /**
   * Returns certain for a zip archive whose first entries name workbook parts. Returns possible for
   * any other zip archive, and for an Excel 97–2003 file so that opening it gives the user the
   * advice to save it as .xlsx.
   */
  @Override
  public ProbeResult probe(byte[] head) {
    if (XlsxArchive.startsWith(head, head.length, OLE2_SIGNATURE)) {
      return ProbeResult.POSSIBLE;
    }
    if (!XlsxArchive.startsWith(head, head.length, new byte[] {'P', 'K', 3, 4})) {
      return ProbeResult.NO_MATCH;
    }
    String names = new String(head, StandardCharsets.ISO_8859_1);
    return names.contains("xl/") ? ProbeResult.CERTAIN : ProbeResult.POSSIBLE;
  }

  @Override
  public ImportReader open(InputStream in, ImportRequest request) throws ImportException {
    XlsxArchive archive = XlsxArchive.copyAndCheck(in, limits);
    ReadableWorkbook workbook = null;
    try {
      workbook = new ReadableWorkbook(archive.file().toFile(), new ReadingOptions(true, true));
      TableReader table = openTable(workbook, request.option(ImportRequest.SHEET));
      return new XlsxReader(table, workbook, archive);
    } catch (IOException | RuntimeException e) {
      closeQuietly(workbook, archive);
      throw XlsxArchive.corrupt(e);
    } catch (ImportException e) {
      closeQuietly(workbook, archive);
      throw e;
    }
  }

  private static TableReader openTable(ReadableWorkbook workbook, Optional<String> sheetName)
      throws ImportException {
    if (sheetName.isPresent()) {
      Sheet sheet =
          workbook
              .findSheet(sheetName.get())
              .orElseThrow(
                  () ->
                      new ImportException(
                          ImportException.SHEET_NOT_FOUND,
                          "Tệp không có trang tính \""
                              + sheetName.get()
                              + "\". Các trang tính có trong tệp: "
                              + sheetNames(workbook)
                              + "."));
      return openSheet(workbook, sheet);
    }
    List<String> tried = new ArrayList<>();
    for (Sheet sheet : workbook.getSheets().toList()) {
      if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
        continue;
      }
      try {
        return openSheet(workbook, sheet);
      } catch (ImportException e) {
        if (!e.code().equals(ImportException.NO_HEADER)) {
          throw e;
        }
        tried.add(sheet.getName());
      }
    }
    throw new ImportException(
        ImportException.NO_HEADER,
        "Không trang tính nào ("
            + String.join(", ", tried)
            + ") có dòng tiêu đề nhận ra được trong "
            + TableReader.HEADER_SEARCH_ROWS
            + " dòng đầu. Dòng tiêu đề cần có cột họ tên (\"Họ và tên\") và ít nhất một cột khác như \"Ngày sinh\", \"Số CCCD\", \"Chức vụ\".");
  }

  private static TableReader openSheet(ReadableWorkbook workbook, Sheet sheet)
      throws ImportException {
    XlsxRowSource rows = new XlsxRowSource(sheet);
    try {
      return TableReader.open(
          rows, new SourceInfo(sheet.getName(), workbook.isDate1904(), "Unicode", false));
    } catch (ImportException | RuntimeException e) {
      rows.close();
      throw e;
    }
  }

  private static String sheetNames(ReadableWorkbook workbook) {
    return String.join(", ", workbook.getSheets().map(Sheet::getName).toList());
  }

  private static void closeQuietly(ReadableWorkbook workbook, XlsxArchive archive) {
    if (workbook != null) {
      try {
        workbook.close();
      } catch (IOException e) {
        // The archive is deleted next, and nothing else uses the file.
      }
    }
    archive.close();
  }
}
