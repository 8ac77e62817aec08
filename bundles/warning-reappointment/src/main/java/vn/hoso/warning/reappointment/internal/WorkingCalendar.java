package vn.hoso.warning.reappointment.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import vn.hoso.api.rules.DatedTable;

/**
 * Working days: Monday to Friday except public holidays. Immutable.
 *
 * <p>NOTE: the packaged holiday table lists only the holidays on fixed calendar dates, so a
 * deadline next to Tết Nguyên đán or Giỗ Tổ Hùng Vương can fall on a day off.
 */
final class WorkingCalendar {

  private final DatedTable<MonthDay, String> yearly;
  private final Map<LocalDate, String> single;

  /**
   * Creates a calendar.
   *
   * @param yearly holidays on the same day every year, by the date from which they apply
   * @param single holidays on one date only, with their names
   */
  WorkingCalendar(DatedTable<MonthDay, String> yearly, Map<LocalDate, String> single) {
    this.yearly = yearly;
    this.single = Map.copyOf(single);
  }

  boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && holiday(date).isEmpty();
  }

  /** Returns the holiday's name when {@code date} is a public holiday. */
  Optional<String> holiday(LocalDate date) {
    String name = single.get(date);
    return name != null ? Optional.of(name) : yearly.at(MonthDay.from(date), date);
  }

  /**
   * Returns the working day that lies {@code days} working days before {@code date}: with 1, the
   * last working day strictly before it.
   */
  LocalDate workingDaysBefore(LocalDate date, int days) {
    LocalDate day = date;
    int counted = 0;
    while (counted < days) {
      day = day.minusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }
}
