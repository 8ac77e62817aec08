package vn.hoso.records.internal.history;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import vn.hoso.records.internal.validation.Problems;

/** Overlap checks between a row's period and the periods of the person's other rows. */
final class Periods {

  /** Shown in messages for a period without an end. */
  private static final String OPEN_END = "…";

  private Periods() {}

  /**
   * Adds a {@code period-overlap} problem for the first other row whose period shares a day with
   * the given one. Both ends are inclusive; a null end means the period has not ended.
   */
  static <R> void checkNoOverlap(
      Problems problems,
      String field,
      LocalDate from,
      LocalDate to,
      List<R> others,
      Function<R, LocalDate> fromOf,
      Function<R, LocalDate> toOf) {
    if (from == null || (to != null && to.isBefore(from))) {
      return;
    }
    LocalDate end = to == null ? LocalDate.MAX : to;
    for (R other : others) {
      LocalDate otherFrom = fromOf.apply(other);
      LocalDate otherTo = toOf.apply(other);
      if (otherFrom == null) {
        continue;
      }
      LocalDate otherEnd = otherTo == null ? LocalDate.MAX : otherTo;
      if (!from.isAfter(otherEnd) && !otherFrom.isAfter(end)) {
        problems.add(field, "period-overlap", from, show(to), otherFrom, show(otherTo));
        return;
      }
    }
  }

  private static String show(LocalDate date) {
    return date == null ? OPEN_END : date.toString();
  }
}
