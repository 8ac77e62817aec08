package vn.hoso.api.personnel.change;

import vn.hoso.api.personnel.PersonQuery;

/**
 * Filters and page of the change request list, newest first. Null filters do not restrict it.
 *
 * @param personId only requests about this person
 * @param status only requests with this status
 * @param page the page number, starting at 0
 * @param size requests per page, from 1 to {@value PersonQuery#MAX_SIZE}
 */
public record ChangeRequestQuery(Long personId, ChangeRequestStatus status, int page, int size) {

  public ChangeRequestQuery {
    if (page < 0) {
      throw new IllegalArgumentException("page must not be negative: " + page);
    }
    if (size < 1 || size > PersonQuery.MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1 to " + PersonQuery.MAX_SIZE + ": " + size);
    }
    if ((long) page * size > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("page " + page + " of size " + size + " is out of range");
    }
  }

  /** Returns the first page of the pending requests. */
  public static ChangeRequestQuery pending() {
    return new ChangeRequestQuery(null, ChangeRequestStatus.PENDING, 0, PersonQuery.DEFAULT_SIZE);
  }
}
