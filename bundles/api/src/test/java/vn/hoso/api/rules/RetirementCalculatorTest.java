package vn.hoso.api.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.RetirementAdjustment;
import vn.hoso.api.record.RetirementAdjustmentKind;
import vn.hoso.api.record.Sex;

class RetirementCalculatorTest {

  /**
   * The roadmap of Bộ luật Lao động 2019 Art. 169 written out by hand: men 60y before 2021, 60y3m
   * in 2021 and +3 months a year to 62y in 2028; women 55y before 2021, 55y4m in 2021 and +4 months
   * a year to 60y in 2035.
   */
  static final String ROADMAP =
      """
      effectiveFrom|sex|years|months|legalBasis
      1900-01-01|MALE|60|0|BLLĐ 2012
      2021-01-01|MALE|60|3|BLLĐ 2019
      2022-01-01|MALE|60|6|BLLĐ 2019
      2023-01-01|MALE|60|9|BLLĐ 2019
      2024-01-01|MALE|61|0|BLLĐ 2019
      2025-01-01|MALE|61|3|BLLĐ 2019
      2026-01-01|MALE|61|6|BLLĐ 2019
      2027-01-01|MALE|61|9|BLLĐ 2019
      2028-01-01|MALE|62|0|BLLĐ 2019
      1900-01-01|FEMALE|55|0|BLLĐ 2012
      2021-01-01|FEMALE|55|4|BLLĐ 2019
      2022-01-01|FEMALE|55|8|BLLĐ 2019
      2023-01-01|FEMALE|56|0|BLLĐ 2019
      2024-01-01|FEMALE|56|4|BLLĐ 2019
      2025-01-01|FEMALE|56|8|BLLĐ 2019
      2026-01-01|FEMALE|57|0|BLLĐ 2019
      2027-01-01|FEMALE|57|4|BLLĐ 2019
      2028-01-01|FEMALE|57|8|BLLĐ 2019
      2029-01-01|FEMALE|58|0|BLLĐ 2019
      2030-01-01|FEMALE|58|4|BLLĐ 2019
      2031-01-01|FEMALE|58|8|BLLĐ 2019
      2032-01-01|FEMALE|59|0|BLLĐ 2019
      2033-01-01|FEMALE|59|4|BLLĐ 2019
      2034-01-01|FEMALE|59|8|BLLĐ 2019
      2035-01-01|FEMALE|60|0|BLLĐ 2019
      """;

  private final RetirementCalculator calculator = new RetirementCalculator(roadmap(ROADMAP));

  /**
   * Birth is written as dd/mm/yyyy, mm/yyyy (month only) or yyyy (year only). Each row names the
   * year that matches and, where it differs, the year tried before it.
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    // 2020: 60y, reached 10/06/2020.
    "MALE, 10/06/1960, 2020, 60, 0, 2020-06-30, 2020-07-01",
    // 2020: 60y, reached 20/12/2020, the last month of the year.
    "MALE, 20/12/1960, 2020, 60, 0, 2020-12-31, 2021-01-01",
    // Year only, so 01/01/1961. 2020: 60y is reached 01/01/2021, too late; 2021: 60y3m on
    // 01/04/2021.
    "MALE, 1961, 2021, 60, 3, 2021-04-30, 2021-05-01",
    // Worked example of NĐ 135/2020: 2021: 60y3m is reached 15/01/2022, too late;
    // 2022: 60y6m on 15/04/2022.
    "MALE, 15/10/1961, 2022, 60, 6, 2022-04-30, 2022-05-01",
    // 2022: 60y6m is reached 05/03/2023, too late; 2023: 60y9m on 05/06/2023.
    "MALE, 05/09/1962, 2023, 60, 9, 2023-06-30, 2023-07-01",
    // Month only, so 01/02/1963. 2022: 60y6m on 01/08/2023, too late; 2023: 60y9m on 01/11/2023.
    "MALE, 02/1963, 2023, 60, 9, 2023-11-30, 2023-12-01",
    // 29 Feb. 2024: 61y is 28/02/2025 (no 29 Feb), too late; 2025: 61y3m on 29/05/2025.
    "MALE, 29/02/1964, 2025, 61, 3, 2025-05-31, 2025-06-01",
    // 2024: 61y on 31/08/2025, too late; 2025: 61y3m falls on 30/11/2025 (no 31 Nov).
    "MALE, 31/08/1964, 2025, 61, 3, 2025-11-30, 2025-12-01",
    // 2025: 61y3m on 15/06/2026, too late; 2026: 61y6m on 15/09/2026.
    "MALE, 15/03/1965, 2026, 61, 6, 2026-09-30, 2026-10-01",
    // 2026: 61y6m on 10/01/2027, too late; 2027: 61y9m on 10/04/2027.
    "MALE, 10/07/1965, 2027, 61, 9, 2027-04-30, 2027-05-01",
    // 2027: 61y9m on 01/02/2028, too late; 2028: 62y on 01/05/2028.
    "MALE, 01/05/1966, 2028, 62, 0, 2028-05-31, 2028-06-01",
    // 2027: 61y9m on 30/09/2028, too late; 2028: 62y on 31/12/2028.
    "MALE, 31/12/1966, 2028, 62, 0, 2028-12-31, 2029-01-01",
    // Born 1967 or later: exactly 62. Year only, 2028: 62y on 01/01/2029, too late; 2029: 62y.
    "MALE, 1967, 2029, 62, 0, 2029-01-31, 2029-02-01",
    "MALE, 17/08/1974, 2036, 62, 0, 2036-08-31, 2036-09-01",
    // 2020: 55y on 03/03/2020.
    "FEMALE, 03/03/1965, 2020, 55, 0, 2020-03-31, 2020-04-01",
    // 2021: 55y4m on 10/05/2021.
    "FEMALE, 10/01/1966, 2021, 55, 4, 2021-05-31, 2021-06-01",
    // Worked example of NĐ 135/2020: 2021: 55y4m on 20/01/2022, too late; 2022: 55y8m on
    // 20/05/2022.
    "FEMALE, 20/09/1966, 2022, 55, 8, 2022-05-31, 2022-06-01",
    // Year only, 01/01/1967. 2021: 55y4m on 01/05/2022, too late; 2022: 55y8m on 01/09/2022.
    "FEMALE, 1967, 2022, 55, 8, 2022-09-30, 2022-10-01",
    // 2022: 55y8m on 15/02/2023, too late; 2023: 56y on 15/06/2023.
    "FEMALE, 15/06/1967, 2023, 56, 0, 2023-06-30, 2023-07-01",
    // Month only, 01/11/1967. 2022: 55y8m on 01/07/2023, too late; 2023: 56y on 01/11/2023.
    "FEMALE, 11/1967, 2023, 56, 0, 2023-11-30, 2023-12-01",
    // 29 Feb. 2023: 56y on 29/02/2024, too late; 2024: 56y4m on 29/06/2024.
    "FEMALE, 29/02/1968, 2024, 56, 4, 2024-06-30, 2024-07-01",
    // 2024: 56y4m on 30/08/2025, too late; 2025: 56y8m on 30/12/2025.
    "FEMALE, 30/04/1969, 2025, 56, 8, 2025-12-31, 2026-01-01",
    // 2025: 56y8m on 31/01/2026, too late; 2026: 57y on 31/05/2026.
    "FEMALE, 31/05/1969, 2026, 57, 0, 2026-05-31, 2026-06-01",
    // 2027: 57y4m on 12/04/2028, too late; 2028: 57y8m on 12/08/2028.
    "FEMALE, 12/12/1970, 2028, 57, 8, 2028-08-31, 2028-09-01",
    // 2030: 58y4m on 01/01/2031, too late; 2031: 58y8m on 01/05/2031.
    "FEMALE, 01/09/1972, 2031, 58, 8, 2031-05-31, 2031-06-01",
    // 2030: 58y4m on 30/03/2031, too late; 2031: 58y8m on 30/07/2031.
    "FEMALE, 30/11/1972, 2031, 58, 8, 2031-07-31, 2031-08-01",
    // Year only, 01/01/1974. 2032: 59y on 01/01/2033, too late; 2033: 59y4m on 01/05/2033.
    "FEMALE, 1974, 2033, 59, 4, 2033-05-31, 2033-06-01",
    // 2032: 59y on 20/02/2033, too late; 2033: 59y4m on 20/06/2033.
    "FEMALE, 20/02/1974, 2033, 59, 4, 2033-06-30, 2033-07-01",
    // 2034: 59y8m on 15/03/2035, too late; 2035: 60y on 15/07/2035.
    "FEMALE, 15/07/1975, 2035, 60, 0, 2035-07-31, 2035-08-01",
    // Born 1976 or later: exactly 60. 2035: 60y on 01/01/2036, too late; 2036: 60y.
    "FEMALE, 1976, 2036, 60, 0, 2036-01-31, 2036-02-01",
  })
  void statutoryRetirement(
      Sex sex,
      String birth,
      int yearReached,
      int ageYears,
      int ageMonths,
      LocalDate moment,
      LocalDate pensionStart) {

    Retirement retirement = calculator.calculate(parseBirth(birth), sex, List.of());

    assertEquals(yearReached, retirement.yearReached(), "year reached");
    assertEquals(ageYears, retirement.appliedAge().years(), "age years");
    assertEquals(ageMonths, retirement.appliedAge().months(), "age months");
    assertEquals(moment, retirement.retirementMoment(), "retirement moment");
    assertEquals(pensionStart, retirement.pensionStart(), "pension start");
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    // Worked example 30/04/2022 plus the longest postponement, 3 months: end of July.
    "MALE, 15/10/1961, POSTPONED 1 POSTPONED 3, 2022, 2022-07-31, 2022-08-01",
    // 31/05/2022 plus 6 months: the end of November has 30 days.
    "FEMALE, 20/09/1966, POSTPONED 6, 2022, 2022-11-30, 2022-12-01",
    // 5 years earlier: in 2016 the age is 55y - 5y = 50y, reached 10/01/2016.
    "FEMALE, 10/01/1966, EARLIER 60, 2016, 2016-01-31, 2016-02-01",
    // 5 years earlier from the 2021 age: 55y4m - 5y = 50y4m, reached 10/05/2021.
    "FEMALE, 10/01/1971, EARLIER 60, 2021, 2021-05-31, 2021-06-01",
    // 2 years later: 2027: 61y9m + 2y = 63y9m on 15/12/2028, too late;
    // 2028: 62y + 2y = 64y on 15/03/2029, too late; 2029: 64y on 15/03/2029.
    "MALE, 15/03/1965, LATER 24, 2029, 2029-03-31, 2029-04-01",
    // Later and postponed together: 64y on 15/03/2029, then 1 month postponement to April.
    "MALE, 15/03/1965, LATER 24 POSTPONED 1, 2029, 2029-04-30, 2029-05-01",
  })
  void adjustedRetirement(
      Sex sex,
      String birth,
      String adjustments,
      int yearReached,
      LocalDate moment,
      LocalDate pensionStart) {

    Retirement retirement =
        calculator.calculate(parseBirth(birth), sex, parseAdjustments(adjustments));

    assertEquals(yearReached, retirement.yearReached(), "year reached");
    assertEquals(moment, retirement.retirementMoment(), "retirement moment");
    assertEquals(pensionStart, retirement.pensionStart(), "pension start");
  }

  @Test
  void postponementKeepsOnlyTheLongest() {
    List<RetirementAdjustment> adjustments =
        parseAdjustments("POSTPONED 1 POSTPONED 6 POSTPONED 3");

    Retirement retirement =
        calculator.calculate(PartialDate.ofDay(LocalDate.of(1961, 10, 15)), Sex.MALE, adjustments);

    assertEquals(6, retirement.postponedMonths());
    assertEquals(1, retirement.appliedAdjustments().size());
    assertEquals(6, retirement.appliedAdjustments().get(0).months());
  }

  @Test
  void earlierAndLaterTogetherRejected() {
    List<RetirementAdjustment> adjustments = parseAdjustments("EARLIER 12 LATER 12");
    PartialDate birth = PartialDate.ofDay(LocalDate.of(1965, 3, 15));

    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> calculator.calculate(birth, Sex.MALE, adjustments));

    assertTrue(error.getMessage().contains("contradict"), error.getMessage());
  }

  @Test
  void reasoningShowsYearsTriedAndDates() {
    Retirement retirement =
        calculator.calculate(PartialDate.ofDay(LocalDate.of(1961, 10, 15)), Sex.MALE, List.of());

    List<String> reasoning = retirement.reasoning();

    assertEquals("Ngày sinh dùng để tính: 15/10/1961.", reasoning.get(0));
    assertTrue(reasoning.get(1).startsWith("Năm 2021: tuổi nghỉ hưu của nam là 60 tuổi 3 tháng"));
    assertTrue(reasoning.get(1).contains("15/01/2022"), reasoning.get(1));
    assertTrue(reasoning.get(2).startsWith("Năm 2022: tuổi nghỉ hưu của nam là 60 tuổi 6 tháng"));
    assertTrue(reasoning.get(3).contains("hết ngày 30/04/2022"), reasoning.get(3));
    assertEquals("Hưởng lương hưu từ ngày 01/05/2022.", reasoning.get(4));
  }

  @Test
  void yearOnlyBirthExplained() {
    Retirement retirement = calculator.calculate(PartialDate.ofYear(1967), Sex.MALE, List.of());

    assertTrue(retirement.reasoning().get(0).contains("chỉ ghi năm sinh"));
  }

  @Test
  void roadmapDateOtherThanNewYearRejected() {
    String table =
        """
        effectiveFrom|sex|years|months|legalBasis
        1900-01-01|MALE|60|0|x
        2021-07-01|MALE|60|3|x
        1900-01-01|FEMALE|55|0|x
        """;

    assertThrows(IllegalArgumentException.class, () -> roadmap(table));
  }

  @Test
  void roadmapFallingAgeRejected() {
    String table =
        """
        effectiveFrom|sex|years|months|legalBasis
        1900-01-01|MALE|60|0|x
        2021-01-01|MALE|59|9|x
        1900-01-01|FEMALE|55|0|x
        """;

    assertThrows(IllegalArgumentException.class, () -> roadmap(table));
  }

  static RetirementAgeRoadmap roadmap(String text) {
    try {
      return RetirementAgeRoadmap.from(ReferenceTable.parse("test", new StringReader(text)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

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

  /** Parses "KIND months KIND months ...", for example "POSTPONED 1 LATER 24". */
  static List<RetirementAdjustment> parseAdjustments(String text) {
    String[] words = text.trim().split("\\s+");
    List<RetirementAdjustment> adjustments = new java.util.ArrayList<>();
    for (int i = 0; i + 1 < words.length; i += 2) {
      adjustments.add(
          new RetirementAdjustment(
              i,
              RetirementAdjustmentKind.valueOf(words[i]),
              Integer.parseInt(words[i + 1]),
              "x",
              null));
    }
    return adjustments;
  }
}
