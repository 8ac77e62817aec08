package vn.hoso.api.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import vn.hoso.api.scope.UnitScope;

/**
 * The import engine: runs import jobs that read a staff list file through an {@link ImportAdapter},
 * match its rows to units and people, and report a dry run before anything is written.
 *
 * <p>A job belongs to the user who started it and to the unit scope they had then; other users do
 * not see it. Jobs live in memory only and expire, and a server restart drops them.
 *
 * <p>Threading: implementations are thread-safe. Reading and the dry run, and the commit, run in
 * the background; {@link #job} returns the progress.
 */
@ProviderType
public interface ImportService {

  /**
   * Stores the upload, chooses the adapter, opens the file and starts the background read and dry
   * run. A file that cannot be read is rejected here and nothing of it is kept.
   *
   * @param scope the caller's units: rows are matched to units in it, and people outside it are
   *     rejected
   * @param actor the caller's user name, the job's owner and the actor of its audit entries
   * @param upload the file and how to read it
   * @throws ImportException with the adapter's code when the file is not readable, or {@link
   *     ImportException#TOO_LARGE} when it is above the configured size
   */
  ImportJob start(UnitScope scope, String actor, ImportUpload upload, InputStream content)
      throws ImportException;

  /** Returns a job of the actor, or empty when it does not exist, has expired or is another's. */
  Optional<ImportJob> job(String actor, String jobId);

  /**
   * Starts writing the rows of a finished dry run in one transaction.
   *
   * @param validOnly whether to write the valid rows and leave out the rejected ones; without it a
   *     report with a rejected row is refused
   * @throws ImportJobException when the job does not exist, is not a finished dry run, or has
   *     rejected rows and {@code validOnly} is false
   */
  ImportJob commit(String actor, String jobId, boolean validOnly);

  /**
   * Cancels a job that is reading or waiting for its commit; nothing of it is written.
   *
   * @throws ImportJobException when the job does not exist, or is writing or written
   */
  ImportJob cancel(String actor, String jobId);

  /**
   * Returns the size in bytes above which {@link #start} rejects an upload with {@link
   * ImportException#TOO_LARGE}, so that a caller can stop receiving a larger one early.
   */
  long maxUploadBytes();

  /** Returns an empty .xlsx workbook with the header row the XLSX adapter reads. */
  byte[] template();

  /**
   * Writes the people of the scope as an .xlsx workbook in the layout of {@link #template()}, one
   * person per row with their current salary row. Importing that file into the same records gives
   * every row as unchanged.
   *
   * @param scope the caller's units: only people in them are written
   * @param out where the workbook goes; closed when this returns
   * @throws IOException when writing to {@code out} fails
   */
  void exportPeople(UnitScope scope, OutputStream out) throws IOException;
}
