package vn.hoso.api.personnel.change;

import java.util.Objects;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.HistoryRow;

/**
 * The change an employee proposes to their own record. Build it with one of the static methods,
 * which check that the parts fit the operation.
 *
 * @param operation what the request changes
 * @param person for {@link ChangeOperation#UPDATE_PERSON}, every field of the person as they should
 *     be after the change, with the version they were read at; null otherwise
 * @param kind the history table, for the row operations; null for {@code UPDATE_PERSON}
 * @param rowId the history row to change or delete; null for the other operations
 * @param row for {@link ChangeOperation#ADD_ROW} the new row, for {@link
 *     ChangeOperation#UPDATE_ROW} the row as it should be after the change, with the version it was
 *     read at; null otherwise
 * @param deleteVersion for {@link ChangeOperation#DELETE_ROW}, the version of the row the employee
 *     read; null otherwise
 * @param note the employee's explanation, or null
 */
public record ChangeProposal(
    ChangeOperation operation,
    PersonData person,
    HistoryKind<?> kind,
    Long rowId,
    HistoryRow row,
    Long deleteVersion,
    String note) {

  public ChangeProposal {
    Objects.requireNonNull(operation, "operation");
    boolean rowOperation = operation != ChangeOperation.UPDATE_PERSON;
    if ((person != null) != (operation == ChangeOperation.UPDATE_PERSON)) {
      throw new IllegalArgumentException("The person is given exactly for UPDATE_PERSON");
    }
    if ((kind != null) != rowOperation) {
      throw new IllegalArgumentException("The history kind is given exactly for row operations");
    }
    boolean needsRowId =
        operation == ChangeOperation.UPDATE_ROW || operation == ChangeOperation.DELETE_ROW;
    if ((rowId != null) != needsRowId) {
      throw new IllegalArgumentException(
          "The row id is given exactly for UPDATE_ROW and DELETE_ROW");
    }
    boolean needsRow =
        operation == ChangeOperation.ADD_ROW || operation == ChangeOperation.UPDATE_ROW;
    if ((row != null) != needsRow) {
      throw new IllegalArgumentException("The row is given exactly for ADD_ROW and UPDATE_ROW");
    }
    if (row != null && !kind.rowType().isInstance(row)) {
      throw new IllegalArgumentException("A row of " + kind + " must be a " + kind.rowType());
    }
    if ((deleteVersion != null) != (operation == ChangeOperation.DELETE_ROW)) {
      throw new IllegalArgumentException("The delete version is given exactly for DELETE_ROW");
    }
  }

  /**
   * Proposes new values for the person's fields; {@code proposed.version()} is the version read.
   */
  public static ChangeProposal updatePerson(PersonData proposed, String note) {
    return new ChangeProposal(
        ChangeOperation.UPDATE_PERSON,
        Objects.requireNonNull(proposed, "proposed"),
        null,
        null,
        null,
        null,
        note);
  }

  /** Proposes a new history row. */
  public static <R extends HistoryRow> ChangeProposal addRow(
      HistoryKind<R> kind, R row, String note) {
    return new ChangeProposal(
        ChangeOperation.ADD_ROW, null, kind, null, Objects.requireNonNull(row, "row"), null, note);
  }

  /** Proposes new values for a history row; {@code row.version()} is the version read. */
  public static <R extends HistoryRow> ChangeProposal updateRow(
      HistoryKind<R> kind, long rowId, R row, String note) {
    return new ChangeProposal(
        ChangeOperation.UPDATE_ROW,
        null,
        kind,
        rowId,
        Objects.requireNonNull(row, "row"),
        null,
        note);
  }

  /** Proposes to delete a history row read at {@code version}. */
  public static ChangeProposal deleteRow(
      HistoryKind<?> kind, long rowId, long version, String note) {
    return new ChangeProposal(ChangeOperation.DELETE_ROW, null, kind, rowId, null, version, note);
  }
}
