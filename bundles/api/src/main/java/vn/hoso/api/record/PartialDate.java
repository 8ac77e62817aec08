package vn.hoso.api.record;

import java.time.DateTimeException;
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

  /**
   * Parses the ISO-8601 form of a date, a month or a year: {@code 1988-02-29}, {@code 1988-02} or
   * {@code 1988}.
   *
   * @throws IllegalArgumentException when the text matches none of these forms or names a day that
   *     does not exist, such as {@code 1989-02-29}
   */
  public static PartialDate parse(String text) {
    Objects.requireNonNull(text, "text");
    String trimmed = text.trim();
    try {
      if (trimmed.matches("\\d{4}")) {
        return ofYear(Integer.parseInt(trimmed));
      }
      if (trimmed.matches("\\d{4}-\\d{2}")) {
        return ofMonth(YearMonth.parse(trimmed));
      }
      if (trimmed.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return ofDay(LocalDate.parse(trimmed));
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Not a real date: '" + text + "'", e);
    }
    throw new IllegalArgumentException(
        "Expected a date as yyyy-MM-dd, yyyy-MM or yyyy: '" + text + "'");
  }

  /**
   * Returns the ISO-8601 form with only the known parts, the inverse of {@link #parse}: {@code
   * 1988-02-29}, {@code 1988-02} or {@code 1988}.
   */
  public String toIsoString() {
    return switch (precision) {
      case DAY -> value.toString();
      case MONTH -> YearMonth.from(value).toString();
      case YEAR -> String.valueOf(value.getYear());
    };
  }
}
