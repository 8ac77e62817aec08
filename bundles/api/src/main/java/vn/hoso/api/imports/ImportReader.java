package vn.hoso.api.imports;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads one file, one row at a time.
 *
 * <p>Threading: a reader belongs to the one file it was opened on and is not thread-safe: one
 * thread calls {@link #next()} and {@link #close()}. {@link #cancel()} is the exception and may be
 * called from any thread. Interrupting the reading thread cancels as well.
 *
 * <p>Memory: a reader keeps the current row and a bounded look-ahead of rows (used to find the
 * header and detect the encoding), never the whole file. Adapters document what else they keep,
 * such as the shared strings table of an XLSX file.
 */
@ConsumerType
public interface ImportReader extends AutoCloseable {

  /**
   * Where the table is and how its columns were understood; known as soon as the reader is open.
   */
  ImportTable table();

  /**
   * Reads the next person row, skipping empty rows, section rows, the column numbering row and the
   * signature rows after the table.
   *
   * @return the row, or empty at the end of the table
   * @throws ImportException if the file turns out to be unreadable part way, or the read was
   *     cancelled ({@link ImportException#CANCELLED})
   */
  Optional<CandidateRow> next() throws ImportException;

  /**
   * Asks the reader to stop: the {@link #next()} call in progress, or the next one, throws an
   * {@link ImportException} with {@link ImportException#CANCELLED}. Safe from any thread.
   */
  void cancel();

  /** Releases the file and any temporary copy of it. Safe to call more than once. */
  @Override
  void close();
}
