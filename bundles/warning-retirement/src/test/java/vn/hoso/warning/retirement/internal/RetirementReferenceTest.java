package vn.hoso.warning.retirement.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoso.api.record.Sex;
import vn.hoso.api.rules.RetirementAge;
import vn.hoso.api.rules.RetirementAgeRoadmap;

class RetirementReferenceTest {

  private final RetirementAgeRoadmap roadmap = RetirementReference.loadPackaged().roadmap();

  /**
   * Bộ luật Lao động 2019 Art. 169: men 60y before 2021, then +3 months a year from 60y3m in 2021
   * to 62y in 2028; women 55y before 2021, then +4 months a year from 55y4m in 2021 to 60y in 2035.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "1990, 60, 0, 55, 0",
    "2020, 60, 0, 55, 0",
    "2021, 60, 3, 55, 4",
    "2022, 60, 6, 55, 8",
    "2023, 60, 9, 56, 0",
    "2024, 61, 0, 56, 4",
    "2025, 61, 3, 56, 8",
    "2026, 61, 6, 57, 0",
    "2027, 61, 9, 57, 4",
    "2028, 62, 0, 57, 8",
    "2029, 62, 0, 58, 0",
    "2030, 62, 0, 58, 4",
    "2031, 62, 0, 58, 8",
    "2032, 62, 0, 59, 0",
    "2033, 62, 0, 59, 4",
    "2034, 62, 0, 59, 8",
    "2035, 62, 0, 60, 0",
    "2036, 62, 0, 60, 0",
    "2050, 62, 0, 60, 0",
  })
  void packagedRoadmapMatchesLaw(
      int year, int maleYears, int maleMonths, int femaleYears, int femaleMonths) {
    RetirementAge male = roadmap.ageReachedIn(Sex.MALE, year);
    RetirementAge female = roadmap.ageReachedIn(Sex.FEMALE, year);

    assertEquals(maleYears, male.years(), "male years");
    assertEquals(maleMonths, male.months(), "male months");
    assertEquals(femaleYears, female.years(), "female years");
    assertEquals(femaleMonths, female.months(), "female months");
  }
}
