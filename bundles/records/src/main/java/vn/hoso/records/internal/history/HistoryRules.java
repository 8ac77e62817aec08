package vn.hoso.records.internal.history;

import java.util.List;
import vn.hoso.api.personnel.history.HistoryRow;
import vn.hoso.records.internal.validation.Problems;

/**
 * The validation of one history table.
 *
 * @param <R> the row type
 */
@FunctionalInterface
interface HistoryRules<R extends HistoryRow> {

  /**
   * Adds the problems of a row to {@code problems} and returns the row to store, with the values
   * the rules derive filled in (such as a salary coefficient taken from the table).
   *
   * @param row the input row, text already cleaned
   * @param others the person's other rows of the table, without the row being updated
   */
  R check(HistoryContext context, R row, List<R> others, Problems problems);
}
