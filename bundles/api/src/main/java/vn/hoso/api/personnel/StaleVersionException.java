package vn.hoso.api.personnel;

import java.util.List;

/**
 * Thrown when a write names a version of a row that is no longer current: someone else changed it
 * since the caller read it. Nothing of the write was stored. The caller reads the row again, shows
 * the user what changed, and retries with {@link #currentVersion()}.
 */
public class StaleVersionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String table;
  private final long rowId;
  private final long expectedVersion;
  private final long currentVersion;
  private final transient List<AuditEntry> changesSince;

  public StaleVersionException(
      String table,
      long rowId,
      long expectedVersion,
      long currentVersion,
      List<AuditEntry> changesSince) {
    super(
        "Row "
            + rowId
            + " of "
            + table
            + " is at version "
            + currentVersion
            + ", not "
            + expectedVersion);
    this.table = table;
    this.rowId = rowId;
    this.expectedVersion = expectedVersion;
    this.currentVersion = currentVersion;
    this.changesSince = List.copyOf(changesSince);
  }

  /** Returns the table of the row, for example {@code person} or {@code salary_history}. */
  public String table() {
    return table;
  }

  public long rowId() {
    return rowId;
  }

  /** Returns the version the caller sent. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** Returns the version the row has now. */
  public long currentVersion() {
    return currentVersion;
  }

  /** Returns the audit rows of the changes after {@link #expectedVersion()}, oldest first. */
  public List<AuditEntry> changesSince() {
    return changesSince;
  }
}
