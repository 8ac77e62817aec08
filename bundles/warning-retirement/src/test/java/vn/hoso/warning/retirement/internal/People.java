package vn.hoso.warning.retirement.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.PersonName;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.record.RetirementAdjustment;
import vn.hoso.api.record.Sex;

/** Builds person records for the tests; only the fields the retirement rule reads vary. */
final class People {

  private People() {}

  static PersonRecord person(
      PersonCategory category,
      Sex sex,
      PartialDate birth,
      List<RetirementAdjustment> adjustments,
      LocalDate noticeDate) {
    return new PersonRecord(
        1L,
        new PersonName("Nguyễn Văn An", "Nguyễn", "Văn", "An"),
        category,
        sex,
        birth,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        adjustments,
        noticeDate);
  }

  static PersonRecord person(PersonCategory category, Sex sex, String birth) {
    return person(category, sex, parseBirth(birth), List.of(), null);
  }

  /** Parses dd/mm/yyyy, mm/yyyy (month only) or yyyy (year only). */
  static PartialDate parseBirth(String text) {
    String[] parts = text.split("/");
    return switch (parts.length) {
      case 1 -> PartialDate.ofYear(Integer.parseInt(parts[0]));
      case 2 ->
          PartialDate.ofMonth(YearMonth.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0])));
      default ->
          PartialDate.ofDay(
              LocalDate.of(
                  Integer.parseInt(parts[2]),
                  Integer.parseInt(parts[1]),
                  Integer.parseInt(parts[0])));
    };
  }
}
