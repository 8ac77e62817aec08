package vn.hoso.warning.salary.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoso.warning.salary.internal.PersonBuilder.person;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.rules.ReferenceTable;

class SalaryReferenceTest {

  private static final LocalDate ON = LocalDate.of(2025, 1, 1);

  private final SalaryReference reference = SalaryReference.loadPackaged();

  /** Step counts and end coefficients of Nghị định 204/2004/NĐ-CP tables 1, 2 and 3. */
  @ParameterizedTest(name = "table {0} {1}")
  @CsvSource({
    "1, CGCC, 3, 8.80, 10.00",
    "2, A3.1, 6, 6.20, 8.00",
    "2, A3.2, 6, 5.75, 7.55",
    "2, A2.1, 8, 4.40, 6.78",
    "2, A2.2, 8, 4.00, 6.38",
    "2, A1, 9, 2.34, 4.98",
    "2, A0, 10, 2.10, 4.89",
    "2, B, 12, 1.86, 4.06",
    "2, C1, 12, 1.65, 3.63",
    "2, C2, 12, 1.50, 3.48",
    "2, C3, 12, 1.35, 3.33",
    "3, A1, 9, 2.34, 4.98",
    "3, B, 12, 1.86, 4.06",
    "3, C2, 12, 2.00, 3.98",
  })
  void packagedScaleMatchesDecree(
      String table, String type, int steps, BigDecimal first, BigDecimal last) {
    SalaryReference.Scale scale = reference.scale(table, type, ON).orElseThrow();

    assertEquals(steps, scale.lastStep());
    assertEquals(first, scale.coefficient(1));
    assertEquals(last, scale.coefficient(steps));
  }

  @ParameterizedTest(name = "table {0} {1}")
  @CsvSource({
    "1, CGCC, 60",
    "2, A3.1, 36",
    "2, A0, 36",
    "2, B, 24",
    "2, C3, 24",
    "3, A2.2, 36",
    "3, C1, 24",
  })
  void packagedIntervalMatchesRule(String table, String type, int months) {
    assertEquals(months, reference.interval(table, type, ON).orElseThrow().months());
  }

  @Test
  void newIntervalRowAppliesFromItsDate() throws IOException {
    // A later decree that sets 48 months for A1 from 01/01/2030 is a new row, not a code change.
    String intervals =
        """
        effectiveFrom|salaryTable|salaryTypes|months|legalBasis
        2004-10-01|2|A1|36|Nghị định 204/2004/NĐ-CP
        2030-01-01|2|A1|48|Nghị định giả định
        """;
    SalaryStepRule rule = new SalaryStepRule(withIntervals(intervals));
    PersonRecord before =
        person(PersonCategory.CONG_CHUC)
            .salary("2", "A1", 3, "3.00", LocalDate.of(2029, 12, 1))
            .build();
    PersonRecord after =
        person(PersonCategory.CONG_CHUC)
            .salary("2", "A1", 3, "3.00", LocalDate.of(2030, 2, 1))
            .build();

    LocalDate beforeDue = rule.evaluate(before, ON).get(0).dueDate();
    LocalDate afterDue = rule.evaluate(after, ON).get(0).dueDate();

    assertEquals(LocalDate.of(2032, 12, 1), beforeDue);
    assertEquals(LocalDate.of(2034, 2, 1), afterDue);
  }

  @Test
  void missingParameterRejected() throws IOException {
    ReferenceTable parameters =
        table(
            "salary-parameters.psv",
            """
            effectiveFrom|parameter|value|legalBasis
            2013-09-15|non-counted-days-per-month|22|x
            """);

    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SalaryReference.from(
                    SalaryReference.load(SalaryReference.SCALES),
                    SalaryReference.load(SalaryReference.INTERVALS),
                    SalaryReference.load(SalaryReference.SENIORITY),
                    SalaryReference.load(SalaryReference.DISCIPLINE),
                    SalaryReference.load(SalaryReference.EVALUATION),
                    parameters));

    assertTrue(error.getMessage().contains("non-counted-minimum-days"), error.getMessage());
  }

  @Test
  void unknownDisciplineFormRejected() throws IOException {
    ReferenceTable discipline =
        table(
            "discipline-extensions.psv",
            """
            effectiveFrom|form|categories|months|legalBasis
            2013-09-15|KHIEN_TRACH|CONG_CHUC|6|x
            2013-09-15|DEMOTION|CONG_CHUC|12|x
            """);

    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SalaryReference.from(
                    SalaryReference.load(SalaryReference.SCALES),
                    SalaryReference.load(SalaryReference.INTERVALS),
                    SalaryReference.load(SalaryReference.SENIORITY),
                    discipline,
                    SalaryReference.load(SalaryReference.EVALUATION),
                    SalaryReference.load(SalaryReference.PARAMETERS)));

    assertTrue(
        error.getMessage().startsWith("discipline-extensions.psv line 3:"), error.getMessage());
  }

  private static SalaryReference withIntervals(String intervals) throws IOException {
    return SalaryReference.from(
        SalaryReference.load(SalaryReference.SCALES),
        table(SalaryReference.INTERVALS, intervals),
        SalaryReference.load(SalaryReference.SENIORITY),
        SalaryReference.load(SalaryReference.DISCIPLINE),
        SalaryReference.load(SalaryReference.EVALUATION),
        SalaryReference.load(SalaryReference.PARAMETERS));
  }

  private static ReferenceTable table(String name, String text) throws IOException {
    return ReferenceTable.parse(name, new StringReader(text));
  }
}
