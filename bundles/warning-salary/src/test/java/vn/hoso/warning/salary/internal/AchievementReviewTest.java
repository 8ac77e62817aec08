package vn.hoso.warning.salary.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoso.warning.salary.internal.PersonBuilder.person;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.record.SalaryChangeKind;

/**
 * The early step for outstanding achievement in review year 2025: open to those who, counting to
 * the end of 31/12/2025, lack at most 12 months to their regular step, so whose regular due date
 * falls after 01/01/2026 and on or before 01/01/2027.
 */
class AchievementReviewTest {

  private final AchievementReview review = new AchievementReview(SalaryReference.loadPackaged());

  @Test
  void listsEligibleInDueDateOrder() {
    List<PersonRecord> payroll = unit();

    AchievementReview.Result result = review.review(payroll, 2025);

    List<Long> ids =
        result.candidates().stream().map(AchievementReview.Candidate::personId).toList();
    assertEquals(List.of(11L, 12L, 2L, 3L), ids);
  }

  @Test
  void candidateShowsMonthsLacking() {
    AchievementReview.Result result = review.review(unit(), 2025);

    List<AchievementReview.Candidate> candidates = result.candidates();
    // 01/01/2026 to 15/07/2026 is 6 months and 14 days: a started month counts, so 7.
    assertEquals(LocalDate.of(2026, 7, 15), candidates.get(0).regularDueDate());
    assertEquals(7, candidates.get(0).monthsLacking());
    assertEquals(9, candidates.get(1).monthsLacking());
    assertEquals(11, candidates.get(2).monthsLacking());
    assertEquals(12, candidates.get(3).monthsLacking());
  }

  @Test
  void unknownChangeKindFlagged() {
    AchievementReview.Result result = review.review(unit(), 2025);

    AchievementReview.Candidate recorded = result.candidates().get(1);
    AchievementReview.Candidate unrecorded = result.candidates().get(2);
    assertEquals(12L, recorded.personId());
    assertEquals("", recorded.note());
    assertEquals(2L, unrecorded.personId());
    assertTrue(unrecorded.note().contains("không ghi"), unrecorded.note());
  }

  @Test
  void quotaOfThirteenIsOne() {
    AchievementReview.Result result = review.review(unit(), 2025);

    assertEquals(13, result.payrollSize());
    assertEquals(new BigDecimal("1.3"), result.quotaExact());
    assertEquals(1, result.quota());
  }

  @ParameterizedTest(name = "{0} people")
  @CsvSource({
    // 10% of the payroll list, rounded down so the quota never exceeds 10%.
    "0, 0",
    "9, 0",
    "10, 1",
    "19, 1",
    "20, 2",
    "25, 2",
    "100, 10",
    "101, 10",
  })
  void quotaRoundsDown(int payrollSize, int quota) {
    List<PersonRecord> payroll = new ArrayList<>();
    for (int i = 0; i < payrollSize; i++) {
      payroll.add(person(PersonCategory.CONG_CHUC).id(i).build());
    }

    AchievementReview.Result result = review.review(payroll, 2025);

    assertEquals(quota, result.quota());
  }

  /** Thirteen people; the comment of each gives the regular due date and why it is in or out. */
  private static List<PersonRecord> unit() {
    SalaryChangeKind regular = SalaryChangeKind.REGULAR_STEP;
    return List.of(
        // Due 01/03/2027: lacks 14 months. Out.
        person(PersonCategory.CONG_CHUC)
            .id(1)
            .salary("2", "A1", 3, "3.00", LocalDate.of(2024, 3, 1))
            .build(),
        // Due 01/12/2026: lacks 11 months. In, without a recorded change kind.
        person(PersonCategory.CONG_CHUC)
            .id(2)
            .salary("2", "A1", 3, "3.00", LocalDate.of(2023, 12, 1))
            .build(),
        // Due 01/01/2027: lacks exactly 12 months. In.
        person(PersonCategory.VIEN_CHUC)
            .id(3)
            .salary(
                "3",
                "B",
                5,
                "2.66",
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 1),
                "0",
                regular)
            .build(),
        // Due 02/01/2027: lacks 12 months and a day. Out.
        person(PersonCategory.VIEN_CHUC)
            .id(4)
            .salary(
                "3",
                "B",
                5,
                "2.66",
                LocalDate.of(2025, 1, 2),
                LocalDate.of(2025, 1, 2),
                "0",
                regular)
            .build(),
        // Due 01/06/2026, but the current step was itself an early step for achievement. Out.
        person(PersonCategory.CONG_CHUC)
            .id(5)
            .salary(
                "2",
                "A1",
                4,
                "3.33",
                LocalDate.of(2023, 6, 1),
                LocalDate.of(2023, 6, 1),
                "0",
                SalaryChangeKind.EARLY_STEP_FOR_ACHIEVEMENT)
            .build(),
        // On the last step. Out.
        person(PersonCategory.CONG_CHUC)
            .id(6)
            .salary("2", "A1", 9, "4.98", LocalDate.of(2024, 1, 1))
            .build(),
        // Due 01/10/2025: already due for the regular step. Out.
        person(PersonCategory.CONG_CHUC)
            .id(7)
            .salary("2", "A1", 2, "2.67", LocalDate.of(2022, 10, 1))
            .build(),
        // Due 01/01/2026: complete at the end of 31/12/2025, nothing lacking. Out.
        person(PersonCategory.CONG_CHUC)
            .id(8)
            .salary("2", "B", 3, "2.26", LocalDate.of(2024, 1, 1))
            .build(),
        // No salary history. Out.
        person(PersonCategory.NGUOI_LAO_DONG).id(9).build(),
        // 2024 rated không hoàn thành: due 01/06/2027. Out.
        person(PersonCategory.CONG_CHUC)
            .id(10)
            .salary("2", "A1", 3, "3.00", LocalDate.of(2023, 12, 1))
            .history("rating:KHONG_HOAN_THANH:2024")
            .build(),
        // Due 15/07/2026. In.
        person(PersonCategory.CONG_CHUC)
            .id(11)
            .salary(
                "2",
                "A0",
                2,
                "2.41",
                LocalDate.of(2023, 7, 15),
                LocalDate.of(2023, 7, 15),
                "0",
                regular)
            .build(),
        // Due 01/10/2026. In.
        person(PersonCategory.CONG_CHUC)
            .id(12)
            .salary(
                "2",
                "A1",
                5,
                "3.66",
                LocalDate.of(2023, 10, 1),
                LocalDate.of(2023, 10, 1),
                "0",
                regular)
            .build(),
        // Khiển trách on 01/02/2024: due 01/07/2026, inside the window, but the conditions of the
        // step are not met. Out.
        person(PersonCategory.CONG_CHUC)
            .id(13)
            .salary("2", "A1", 3, "3.00", LocalDate.of(2023, 1, 1))
            .history("discipline:KHIEN_TRACH:2024-02-01")
            .build());
  }
}
