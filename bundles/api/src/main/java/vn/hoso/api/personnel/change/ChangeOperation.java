package vn.hoso.api.personnel.change;

/** The kind of change a request proposes. */
public enum ChangeOperation {
  /** Changes fields of the person (the résumé fields that are not history tables). */
  UPDATE_PERSON,

  /** Adds a row to one of the person's history tables. */
  ADD_ROW,

  /** Changes fields of one history row. */
  UPDATE_ROW,

  /** Deletes one history row. */
  DELETE_ROW
}
