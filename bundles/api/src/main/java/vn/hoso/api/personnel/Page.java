package vn.hoso.api.personnel;

import java.util.List;

/**
 * One page of a longer result.
 *
 * @param items the rows of this page, at most {@code size}
 * @param page the page number, starting at 0
 * @param size the requested page size
 * @param total the number of rows over all pages when {@code totalExact} is true; otherwise a lower
 *     bound: counting stopped there and more rows exist
 * @param totalExact whether {@code total} is the exact number of rows. Lists that stop counting at
 *     a limit say so in their documentation, such as {@link RecordService#findPeople}.
 * @param <T> the row type
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalExact) {

  public Page {
    items = List.copyOf(items);
  }

  /** Creates a page whose total is exact. */
  public Page(List<T> items, int page, int size, long total) {
    this(items, page, size, total, true);
  }
}
