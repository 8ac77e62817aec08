package vn.hoso.api.warning;

import java.util.List;

/**
 * One page of stored warnings, sorted by due date, then person.
 *
 * @param items the warnings of this page
 * @param page the page number, from 0
 * @param size the page size requested
 * @param total the number of warnings the filter selects over all pages
 */
public record WarningPage(List<StoredWarning> items, int page, int size, long total) {

  public WarningPage {
    items = List.copyOf(items);
  }
}
