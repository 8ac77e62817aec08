package vn.hoso.warning.reappointment.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.rules.DatedTable;
import vn.hoso.api.rules.ReferenceTable;
import vn.hoso.api.rules.RetirementAgeRoadmap;

/**
 * The legal figures of the reappointment rule, read from the tables packaged with this bundle.
 * Immutable.
 */
final class ReappointmentReference {

  static final String AGE_TABLE = "retirement-age.psv";
  static final String TERM_TABLE = "term-rules.psv";
  static final String HOLIDAY_TABLE = "public-holidays.psv";

  private final RetirementAgeRoadmap roadmap;
  private final DatedTable<PersonCategory, TermRules> termRules;
  private final WorkingCalendar calendar;

  private ReappointmentReference(
      RetirementAgeRoadmap roadmap,
      DatedTable<PersonCategory, TermRules> termRules,
      WorkingCalendar calendar) {
    this.roadmap = roadmap;
    this.termRules = termRules;
    this.calendar = calendar;
  }

  /**
   * Loads the tables packaged with this bundle.
   *
   * @throws IllegalArgumentException when a table is malformed, naming the file and line
   */
  static ReappointmentReference loadPackaged() {
    return from(
        ReferenceTable.load(ReappointmentReference.class, AGE_TABLE),
        ReferenceTable.load(ReappointmentReference.class, TERM_TABLE),
        ReferenceTable.load(ReappointmentReference.class, HOLIDAY_TABLE));
  }

  static ReappointmentReference from(
      ReferenceTable ageTable, ReferenceTable termTable, ReferenceTable holidayTable) {
    DatedTable.Builder<PersonCategory, TermRules> termRules = DatedTable.builder();
    for (ReferenceTable.Row row : termTable.rows()) {
      TermRules rules =
          new TermRules(
              row.date("effectiveFrom"),
              row.integer("termYears"),
              row.integer("reviewLeadDays"),
              row.integer("decisionLeadWorkingDays"),
              row.integer("untilRetirementYears"),
              row.integer("extensionYears"),
              row.integer("firstAppointmentYears"),
              row.integer("disciplineMonths"),
              row.requiredText("legalBasis"));
      for (String category : row.words("categories")) {
        termRules.put(parseCategory(row, category), rules.effectiveFrom(), rules);
      }
    }

    DatedTable.Builder<MonthDay, String> yearly = DatedTable.builder();
    Map<LocalDate, String> single = new HashMap<>();
    for (ReferenceTable.Row row : holidayTable.rows()) {
      String date = row.requiredText("date");
      String name = row.requiredText("name");
      try {
        if (date.startsWith("--")) {
          yearly.put(MonthDay.parse(date), row.date("effectiveFrom"), name);
        } else {
          single.put(LocalDate.parse(date), name);
        }
      } catch (DateTimeParseException e) {
        throw row.invalid("date", date, "must be --MM-DD for every year or YYYY-MM-DD for one day");
      }
    }

    return new ReappointmentReference(
        RetirementAgeRoadmap.from(ageTable),
        termRules.build(),
        new WorkingCalendar(yearly.build(), single));
  }

  RetirementAgeRoadmap roadmap() {
    return roadmap;
  }

  WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * Returns the rules for {@code category} in force on {@code date}, or the earliest ones when the
   * table starts later, or empty for categories without reappointment.
   */
  Optional<TermRules> termRules(PersonCategory category, LocalDate date) {
    return termRules.atOrFirst(category, date);
  }

  private static PersonCategory parseCategory(ReferenceTable.Row row, String value) {
    try {
      return PersonCategory.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw row.invalid("categories", value, "must list PersonCategory names such as CONG_CHUC");
    }
  }

  /**
   * The figures of leadership terms for one category; the columns of the term table describe each.
   *
   * @param effectiveFrom the date from which they apply
   * @param termYears the length of a term
   * @param reviewLeadDays days before the term end by which the review must start
   * @param decisionLeadWorkingDays working days before the term end by which the decision is due
   * @param untilRetirementYears below this many years to retirement, the new term runs until it
   * @param extensionYears below this many years to retirement, the term may be extended to it
   * @param firstAppointmentYears the years to retirement a first appointment needs
   * @param disciplineMonths how long a discipline without a recorded end stays in force
   * @param legalBasis the provisions that set them
   */
  record TermRules(
      LocalDate effectiveFrom,
      int termYears,
      int reviewLeadDays,
      int decisionLeadWorkingDays,
      int untilRetirementYears,
      int extensionYears,
      int firstAppointmentYears,
      int disciplineMonths,
      String legalBasis) {}
}
