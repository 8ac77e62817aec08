package vn.hoso.api.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.NavigableMap;
import vn.hoso.api.record.Sex;

/**
 * The statutory retirement age by sex and by the calendar year in which it is reached (Bộ luật Lao
 * động 2019 Art. 169: men 60 years 3 months in 2021 rising 3 months a year to 62, women 55 years 4
 * months rising 4 months a year to 60). The figures come from reference data.
 *
 * <p>Immutable and thread-safe.
 */
public final class RetirementAgeRoadmap {

  private static final MonthDay NEW_YEAR = MonthDay.of(1, 1);

  private final DatedTable<Sex, RetirementAge> ages;

  private RetirementAgeRoadmap(DatedTable<Sex, RetirementAge> ages) {
    this.ages = ages;
  }

  /**
   * Reads the roadmap from a table with the columns {@code effectiveFrom|sex|years|months|
   * legalBasis}. A row gives the age for the calendar years from its date until the next row of the
   * same sex, so every date must be 1 January.
   *
   * @throws IllegalArgumentException when a date is not 1 January, a sex is unknown, a sex has no
   *     rows, or an age is lower than the one before it. The search year by year in {@link
   *     RetirementCalculator} finds the first year reached only when ages never fall.
   */
  public static RetirementAgeRoadmap from(ReferenceTable table) {
    DatedTable.Builder<Sex, RetirementAge> builder = DatedTable.builder();
    for (ReferenceTable.Row row : table.rows()) {
      LocalDate effectiveFrom = row.date("effectiveFrom");
      if (!MonthDay.from(effectiveFrom).equals(NEW_YEAR)) {
        throw row.invalid(
            "effectiveFrom",
            effectiveFrom.toString(),
            "must be 1 January because the retirement age applies by calendar year");
      }
      Sex sex = parseSex(row);
      RetirementAge age =
          new RetirementAge(
              row.integer("years"), row.integer("months"), row.requiredText("legalBasis"));
      builder.put(sex, effectiveFrom, age);
    }
    DatedTable<Sex, RetirementAge> ages = builder.build();
    for (Sex sex : Sex.values()) {
      requireNonDecreasing(table.name(), sex, ages.history(sex));
    }
    return new RetirementAgeRoadmap(ages);
  }

  /**
   * Returns the statutory retirement age for people of {@code sex} who reach it in {@code year}.
   *
   * @throws IllegalArgumentException when the roadmap starts after that year
   */
  public RetirementAge ageReachedIn(Sex sex, int year) {
    return ages.at(sex, LocalDate.of(year, 1, 1))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "The retirement-age roadmap has no age for "
                        + sex
                        + " in "
                        + year
                        + "; it starts in "
                        + ages.firstEffectiveDate(sex).map(LocalDate::getYear).orElseThrow()));
  }

  private static Sex parseSex(ReferenceTable.Row row) {
    String value = row.requiredText("sex");
    try {
      return Sex.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw row.invalid("sex", value, "must be MALE or FEMALE");
    }
  }

  private static void requireNonDecreasing(
      String tableName, Sex sex, NavigableMap<LocalDate, RetirementAge> history) {
    if (history.isEmpty()) {
      throw new IllegalArgumentException(tableName + ": no retirement age for " + sex);
    }
    RetirementAge previous = null;
    for (Map.Entry<LocalDate, RetirementAge> entry : history.entrySet()) {
      RetirementAge age = entry.getValue();
      if (previous != null && age.totalMonths() < previous.totalMonths()) {
        throw new IllegalArgumentException(
            String.format(
                "%s: the age for %s from %s (%s) is lower than the one before it (%s)",
                tableName, sex, entry.getKey(), age.text(), previous.text()));
      }
      previous = age;
    }
  }
}
