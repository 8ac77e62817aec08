package vn.hoso.api.personnel;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import vn.hoso.api.record.PersonCategory;

/**
 * Filters, order and page of the people list. Null filters do not restrict the list.
 *
 * @param text only people whose full name or other names contain every word of this text, compared
 *     without diacritics, so "nguyen van a" finds "Nguyễn Văn A". When the text carries diacritics,
 *     names that contain its words with the same diacritics come first (the old and new tone
 *     placements, "Hoà" and "Hòa", count as the same), and {@code sort} orders within each group.
 * @param unitId only people in this unit or any unit below it
 * @param categories only people of these categories; empty for all
 * @param rankCode only people whose latest salary row has this rank code
 * @param minAge only people at least this old, in whole years on {@code ageDate}
 * @param maxAge only people at most this old, in whole years on {@code ageDate}
 * @param ageDate the date ages are computed on; null for today
 * @param sort the order
 * @param descending whether to reverse the order
 * @param page the page number, starting at 0
 * @param size rows per page, from 1 to {@value #MAX_SIZE}
 */
public record PersonQuery(
    String text,
    Long unitId,
    Set<PersonCategory> categories,
    String rankCode,
    Integer minAge,
    Integer maxAge,
    LocalDate ageDate,
    PersonSort sort,
    boolean descending,
    int page,
    int size) {

  /** The largest page size. */
  public static final int MAX_SIZE = 500;

  /** The page size when the caller gives none. */
  public static final int DEFAULT_SIZE = 20;

  /**
   * The maximum number of people that a page's total counts when the query has no text. Counting
   * every match among a million people would cost more than the page itself, so above this number
   * the total is this number and not exact.
   */
  public static final int COUNT_LIMIT = 10_000;

  /**
   * The maximum number of people that a page's total counts when the query searches names. It is
   * lower than {@link #COUNT_LIMIT}, because a match of several words is checked person by person:
   * counting 10,000 people named "nguyen van" took 250 ms on PostgreSQL.
   */
  public static final int SEARCH_COUNT_LIMIT = 1_000;

  public PersonQuery {
    categories = Set.copyOf(Objects.requireNonNull(categories, "categories"));
    Objects.requireNonNull(sort, "sort");
    if (page < 0) {
      throw new IllegalArgumentException("page must not be negative: " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ": " + size);
    }
    if ((long) page * size > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("page " + page + " of size " + size + " is out of range");
    }
  }

  /** Returns the first page of everyone in scope, in name order. */
  public static PersonQuery all() {
    return new PersonQuery(
        null, null, Set.of(), null, null, null, null, PersonSort.NAME, false, 0, DEFAULT_SIZE);
  }
}
