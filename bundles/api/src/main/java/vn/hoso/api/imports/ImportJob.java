package vn.hoso.api.imports;

import java.time.Instant;
import java.util.Objects;

/**
 * The state of an import job.
 *
 * @param id the job's id
 * @param fileName the uploaded file's name
 * @param adapterId the adapter reading the file
 * @param status where the job is
 * @param rowsRead the person rows read so far
 * @param createdAt when the file was uploaded
 * @param expiresAt when the job and its report are forgotten
 * @param report the dry run's report once it is finished, then the commit's; null before
 * @param failureCode for a failed job, the stable code, for example {@code import.corrupt}
 * @param failureMessage for a failed job, a Vietnamese sentence saying what went wrong
 */
public record ImportJob(
    String id,
    String fileName,
    String adapterId,
    Status status,
    long rowsRead,
    Instant createdAt,
    Instant expiresAt,
    ImportReport report,
    String failureCode,
    String failureMessage) {

  public ImportJob {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
  }

  /** The stage of a job. */
  public enum Status {
    /** Reading the file and running the dry run. */
    READING,
    /** The dry run is finished; the report waits for a commit. */
    DRY_RUN_DONE,
    /** Writing the rows. */
    COMMITTING,
    /** The rows are written. */
    COMMITTED,
    /** Cancelled by the user; nothing was written. */
    CANCELLED,
    /** The file turned out unreadable part way, or the write failed; nothing was written. */
    FAILED
  }
}
