package vn.hoso.api.personnel;

import java.time.Instant;

/**
 * Filters and page of the audit log, newest entries first. Null filters do not restrict it.
 *
 * @param unitId only entries of people and units in this unit or below it
 * @param personId only entries of this person
 * @param from only entries changed at or after this moment
 * @param to only entries changed before this moment
 * @param page the page number, starting at 0
 * @param size entries per page, from 1 to {@value PersonQuery#MAX_SIZE}
 */
public record AuditQuery(Long unitId, Long personId, Instant from, Instant to, int page, int size) {

  public AuditQuery {
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

  /** Returns the first page of one person's entries. */
  public static AuditQuery ofPerson(long personId) {
    return new AuditQuery(null, personId, null, null, 0, PersonQuery.DEFAULT_SIZE);
  }
}
