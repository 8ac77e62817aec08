package vn.hoso.warning.reappointment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

  private final WorkingCalendar calendar = ReappointmentReference.loadPackaged().calendar();

  @ParameterizedTest
  @CsvSource({
    "2026-01-05, true", // Monday
    "2026-01-03, false", // Saturday
    "2026-01-04, false", // Sunday
    "2026-01-01, false", // Tết Dương lịch, a Thursday
    "2025-04-30, false", // Ngày Chiến thắng, a Wednesday
    "2025-05-01, false", // Ngày Quốc tế lao động, a Thursday
    "2025-09-02, false", // Quốc khánh, a Tuesday
    "2025-09-03, true", // the adjacent day is not in the table yet
  })
  void workingDay(LocalDate date, boolean working) {
    assertEquals(working, calendar.isWorkingDay(date));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-03-16, 1, 2026-03-13", // Monday back over the weekend to Friday
    "2026-01-02, 1, 2025-12-31", // Friday back over 1 January
    "2027-05-03, 1, 2027-04-29", // Monday back over 01/05 (Saturday) and 30/04 (Friday)
    "2026-03-18, 2, 2026-03-16", // two working days before a Wednesday
  })
  void workingDaysBefore(LocalDate date, int days, LocalDate expected) {
    assertEquals(expected, calendar.workingDaysBefore(date, days));
  }
}
