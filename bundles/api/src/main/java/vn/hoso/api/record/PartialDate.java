package vn.hoso.api.record;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date of which only the year, or the month and year, may be known, as old records often give
 * birth dates.
 *
 * <p>{@link #value()} is the date the law uses when computing with it: the 1st of January for a
 * year-only date and the 1st of the month for a month-only date.
 *
 * @param value the date to compute with, normalised to the first day of the known period
 * @param precision how much of the date is known
 */
public record PartialDate(LocalDate value, DatePrecision precision) {

  public PartialDate {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
    if (precision == DatePrecision.MONTH && value.getDayOfMonth() != 1) {
      throw new IllegalArgumentException("A month-only date must fall on day 1: " + value);
    }
    if (precision == DatePrecision.YEAR && value.getDayOfYear() != 1) {
      throw new IllegalArgumentException("A year-only date must fall on 1 January: " + value);
    }
  }

  public static PartialDate ofDay(LocalDate date) {
    return new PartialDate(date, DatePrecision.DAY);
  }

  public static PartialDate ofMonth(YearMonth month) {
    return new PartialDate(month.atDay(1), DatePrecision.MONTH);
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
  }
}
