package vn.hoso.records.internal.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/** Random dates for the generator. */
final class Dates {

  private Dates() {}

  /**
   * Returns a day from {@code from} to {@code to}, both included; {@code from} when to is before.
   */
  static LocalDate between(SplittableRandom random, LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    if (days <= 0) {
      return from;
    }
    return from.plusDays(random.nextLong(days + 1));
  }

  /** Returns a working day (Monday to Friday) on or after the date. */
  static LocalDate workingDay(LocalDate date) {
    LocalDate day = date;
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** Returns the first day of a month between the two dates. */
  static LocalDate firstOfMonth(SplittableRandom random, LocalDate from, LocalDate to) {
    LocalDate day = between(random, from, to).withDayOfMonth(1);
    return day.isBefore(from) ? day.plusMonths(1) : day;
  }

  static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** Returns the number of days Monday to Friday from {@code from} to {@code to}, inclusive. */
  static int mondayToFriday(LocalDate from, LocalDate to) {
    int days = 0;
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days++;
      }
    }
    return days;
  }
}
