package vn.hoso.importxlsx.internal;

import java.io.IOException;
import java.util.Optional;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.api.imports.CandidateRow;
import vn.hoso.api.imports.ImportException;
import vn.hoso.api.imports.ImportReader;
import vn.hoso.api.imports.ImportTable;
import vn.hoso.importsupport.table.TableReader;

/** The reader of one workbook: its table, and the workbook and temporary copy closed with it. */
final class XlsxReader implements ImportReader {

  private static final Logger LOG = LoggerFactory.getLogger(XlsxReader.class);

  private final TableReader table;
  private final ReadableWorkbook workbook;
  private final XlsxArchive archive;

  XlsxReader(TableReader table, ReadableWorkbook workbook, XlsxArchive archive) {
    this.table = table;
    this.workbook = workbook;
    this.archive = archive;
  }

  @Override
  public ImportTable table() {
    return table.table();
  }

  @Override
  public Optional<CandidateRow> next() throws ImportException {
    try {
      return table.next();
    } catch (RuntimeException e) {
      throw XlsxArchive.corrupt(e);
    }
  }

  @Override
  public void cancel() {
    table.cancel();
  }

  @Override
  public void close() {
    table.close();
    try {
      workbook.close();
    } catch (IOException e) {
      LOG.warn("Could not close the workbook '{}'", archive.file(), e);
    }
    archive.close();
  }
}
