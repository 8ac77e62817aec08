package vn.hoso.api.personnel;

import java.util.List;

/**
 * One page of a longer result.
 *
 * @param items the rows of this page, at most {@code size}
 * @param page the page number, starting at 0
 * @param size the requested page size
 * @param total the number of rows over all pages
 * @param <T> the row type
 */
public record Page<T>(List<T> items, int page, int size, long total) {

  public Page {
    items = List.copyOf(items);
  }
}
