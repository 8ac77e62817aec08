package vn.hoso.api.warning;

import java.util.List;

/**
 * One page of stored warnings, sorted by due date, then person.
 *
 * @param items the warnings of this page
 * @param page the page number, from 0
 * @param size the page size requested
 * @param total the number of warnings the filter selects over all pages, or the count limit when
 *     {@code totalCapped} is true
 * @param totalCapped true when the filter selects more warnings than the engine counts exactly, so
 *     {@code total} is a lower bound; counting stops at a limit so that a window over a whole
 *     ministry returns as fast as one over a department
 */
public record WarningPage(
    List<StoredWarning> items, int page, int size, long total, boolean totalCapped) {

  public WarningPage {
    items = List.copyOf(items);
  }

  /** Creates a page whose total is exact. */
  public WarningPage(List<StoredWarning> items, int page, int size, long total) {
    this(items, page, size, total, false);
  }
}
