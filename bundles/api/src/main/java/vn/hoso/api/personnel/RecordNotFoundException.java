package vn.hoso.api.personnel;

/**
 * Thrown when a unit, person or history row does not exist or lies outside the caller's scope. The
 * two cases are not told apart, so that a scoped caller learns nothing of other units.
 */
public class RecordNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String table;
  private final long rowId;

  public RecordNotFoundException(String table, long rowId) {
    super("No row " + rowId + " in " + table + " within the caller's scope");
    this.table = table;
    this.rowId = rowId;
  }

  /** Returns the table searched, for example {@code person}. */
  public String table() {
    return table;
  }

  public long rowId() {
    return rowId;
  }
}
