package vn.hoso.api.personnel.history;

/**
 * One row of a person's history table, as the record service reads and writes it. Every component
 * of an implementation may be null on input; validation reports the required ones that are missing.
 */
public interface HistoryRow {

  /** Returns the row's identifier, or null for a row not yet stored. Ignored on input. */
  Long id();

  /**
   * Returns the version of the row: on output the current one, on update the version the caller
   * read. Ignored on create.
   */
  Long version();
}
