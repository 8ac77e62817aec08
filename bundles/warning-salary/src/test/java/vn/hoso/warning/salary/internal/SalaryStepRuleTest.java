package vn.hoso.warning.salary.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoso.warning.salary.internal.PersonBuilder.person;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.warning.DueDateAdjustment;
import vn.hoso.api.warning.WarningEvent;

/**
 * Regular step increases. Unless a row states otherwise the person is a công chức on table 2, type
 * A1, step 3 (coefficient 3.00) whose time counts from 01/03/2021, so the 36-month step falls due
 * on 01/03/2024.
 */
class SalaryStepRuleTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
  private static final LocalDate COUNTED_FROM = LocalDate.of(2021, 3, 1);

  private final SalaryStepRule rule = new SalaryStepRule(SalaryReference.loadPackaged());

  @ParameterizedTest(name = "{0} table {1} {2} step {3}")
  @CsvSource({
    // 36 months for A0 to A3, 24 for B and C, 60 for senior experts; next coefficient from the
    // scale of the same table and type.
    "CONG_CHUC, 2, A3.1, 5, 7.64, 2023-07-01, 2026-07-01, 6, 8.00, 36",
    "CONG_CHUC, 2, A3.2, 1, 5.75, 2024-04-01, 2027-04-01, 2, 6.11, 36",
    "CONG_CHUC, 2, A2.1, 2, 4.74, 2020-01-01, 2023-01-01, 3, 5.08, 36",
    "CONG_CHUC, 2, A2.2, 7, 6.04, 2019-10-10, 2022-10-10, 8, 6.38, 36",
    "CONG_CHUC, 2, A1, 3, 3.00, 2021-03-01, 2024-03-01, 4, 3.33, 36",
    "CONG_CHUC, 2, A0, 1, 2.10, 2022-06-15, 2025-06-15, 2, 2.41, 36",
    "CONG_CHUC, 2, B, 11, 3.86, 2023-09-01, 2025-09-01, 12, 4.06, 24",
    "CONG_CHUC, 2, C1, 4, 2.19, 2024-05-20, 2026-05-20, 5, 2.37, 24",
    "CONG_CHUC, 2, C2, 1, 1.50, 2025-02-01, 2027-02-01, 2, 1.68, 24",
    "CONG_CHUC, 2, C3, 6, 2.25, 2024-12-01, 2026-12-01, 7, 2.43, 24",
    "CAN_BO, 1, CGCC, 1, 8.80, 2022-01-01, 2027-01-01, 2, 9.40, 60",
    // Table 3 has its own C groups: its C2 starts at 2.00 and rises 0.18 a step.
    "VIEN_CHUC, 3, C2, 2, 2.18, 2024-03-01, 2026-03-01, 3, 2.36, 24",
    "VIEN_CHUC, 3, A1, 1, 2.34, 2023-09-05, 2026-09-05, 2, 2.67, 36",
    "NGUOI_LAO_DONG, 3, B, 1, 1.86, 2025-01-10, 2027-01-10, 2, 2.06, 24",
  })
  void intervalBySalaryType(
      PersonCategory category,
      String table,
      String type,
      int step,
      String coefficient,
      LocalDate countedFrom,
      LocalDate due,
      int nextStep,
      String nextCoefficient,
      int interval) {
    PersonRecord record =
        person(category).salary(table, type, step, coefficient, countedFrom).build();

    WarningEvent event = single(rule.evaluate(record, AS_OF));

    assertEquals("salary-step-due", event.kind());
    assertEquals(due, event.dueDate());
    assertEquals(Integer.toString(nextStep), event.details().get("nextStep"));
    assertEquals(nextCoefficient, event.details().get("nextCoefficient"));
    assertEquals(Integer.toString(interval), event.details().get("intervalMonths"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    // A discipline that takes effect while on the step adds months; several add up.
    "CONG_CHUC, discipline:KHIEN_TRACH:2022-05-10, 2024-09-01",
    "CONG_CHUC, discipline:CANH_CAO:2022-05-10, 2024-09-01",
    "CAN_BO, discipline:KHIEN_TRACH:2022-05-10, 2024-09-01",
    "CAN_BO, discipline:CANH_CAO:2022-05-10, 2024-09-01",
    // Since Thông tư 03/2021/TT-BNV a khiển trách of a viên chức or worker adds 3 months only.
    "VIEN_CHUC, discipline:KHIEN_TRACH:2022-05-10, 2024-06-01",
    "VIEN_CHUC, discipline:CANH_CAO:2022-05-10, 2024-09-01",
    "NGUOI_LAO_DONG, discipline:KHIEN_TRACH:2022-05-10, 2024-06-01",
    "NGUOI_LAO_DONG, discipline:CANH_CAO:2022-05-10, 2024-09-01",
    // Before 15/08/2021 the same khiển trách of a viên chức added 6 months.
    "VIEN_CHUC, discipline:KHIEN_TRACH:2021-05-10, 2024-09-01",
    "CONG_CHUC, discipline:CACH_CHUC:2022-05-10, 2025-03-01",
    "VIEN_CHUC, discipline:CACH_CHUC:2022-05-10, 2025-03-01",
    "VIEN_CHUC, discipline:GIANG_CHUC:2021-06-01, 2025-03-01",
    // 6 + 6 months.
    "CONG_CHUC, discipline:KHIEN_TRACH:2021-06-01 discipline:CANH_CAO:2023-01-15, 2025-03-01",
    // Before the time on the step counts: ignored.
    "CONG_CHUC, discipline:KHIEN_TRACH:2021-01-10, 2024-03-01",
    // On the due date itself the step has been reached: ignored.
    "CONG_CHUC, discipline:KHIEN_TRACH:2024-03-01, 2024-03-01",
    // The 2022 rating moves the due date to 01/09/2024, so a discipline of 15/06/2024 falls
    // while still on the step and adds 6 more months.
    "CONG_CHUC, rating:KHONG_HOAN_THANH:2022 discipline:KHIEN_TRACH:2024-06-15, 2025-03-01",
  })
  void disciplineExtension(PersonCategory category, String history, LocalDate due) {
    String table =
        category == PersonCategory.VIEN_CHUC || category == PersonCategory.NGUOI_LAO_DONG
            ? "3"
            : "2";
    PersonRecord record =
        person(category).salary(table, "A1", 3, "3.00", COUNTED_FROM).history(history).build();

    WarningEvent event = single(rule.evaluate(record, AS_OF));

    assertEquals(due, event.dueDate());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // Each year whose 31 December falls while on the step and that is rated không hoàn thành
    // nhiệm vụ adds 6 months.
    "rating:KHONG_HOAN_THANH:2022, 2024-09-01",
    "rating:KHONG_HOAN_THANH:2021 rating:KHONG_HOAN_THANH:2023, 2025-03-01",
    // The pre-2020 rating hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực still counts as done.
    "rating:HOAN_THANH_HAN_CHE_NANG_LUC:2021, 2024-03-01",
    "rating:TOT:2022, 2024-03-01",
    // 31/12/2020 is before 01/03/2021.
    "rating:KHONG_HOAN_THANH:2020, 2024-03-01",
    // 31/12/2024 is after the due date 01/03/2024.
    "rating:KHONG_HOAN_THANH:2024, 2024-03-01",
    // 2022 moves the due date to 01/09/2024, still before 31/12/2024, so 2024 does not count.
    "rating:KHONG_HOAN_THANH:2022 rating:KHONG_HOAN_THANH:2024, 2024-09-01",
    // 2021 to 2023 add 18 months (due 01/09/2025); then 31/12/2024 falls before it and adds 6.
    "rating:KHONG_HOAN_THANH:2021 rating:KHONG_HOAN_THANH:2022 rating:KHONG_HOAN_THANH:2023"
        + " rating:KHONG_HOAN_THANH:2024, 2026-03-01",
  })
  void evaluationExtension(String history, LocalDate due) {
    PersonRecord record =
        person(PersonCategory.CONG_CHUC)
            .salary("2", "A1", 3, "3.00", COUNTED_FROM)
            .history(history)
            .build();

    WarningEvent event = single(rule.evaluate(record, AS_OF));

    assertEquals(due, event.dueDate());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // 03/01/2023 (Tuesday) to 16/01/2023 (Monday): 4 + 5 + 1 = 10 working days, ignored.
    "leave:2023-01-03:2023-01-16, 10, 0, 2024-03-01",
    // One more day: 11 working days count as one month.
    "leave:2023-01-03:2023-01-17, 11, 1, 2024-04-01",
    "leave:2023-01-03:2023-01-31:10, 10, 0, 2024-03-01",
    "leave:2023-01-03:2023-01-31:11, 11, 1, 2024-04-01",
    // Summed before rounding: 6 + 6 = 12 working days, one month.
    "leave:2022-04-04:2022-04-11:6 leave:2023-05-02:2023-05-09:6, 12, 1, 2024-04-01",
    // 21 = 0 months + 21 days: one month. 22 = exactly one month.
    "leave:2023-01-03:2023-02-28:21, 21, 1, 2024-04-01",
    "leave:2023-01-03:2023-02-28:22, 22, 1, 2024-04-01",
    // 32 = 1 month + 10 days: one month. 33 = 1 month + 11 days: two months.
    "leave:2023-01-03:2023-02-28:32, 32, 1, 2024-04-01",
    "leave:2023-01-03:2023-02-28:33, 33, 2, 2024-05-01",
    // 45 = 2 months + 1 day: two months.
    "leave:2023-01-03:2023-03-31:45, 45, 2, 2024-05-01",
    // Before the time on the step counts: ignored.
    "leave:2020-06-01:2020-08-31, 0, 0, 2024-03-01",
    // Only 01/03/2021 (Monday) to 12/03/2021 counts: 10 working days. The stated 20 days cover
    // the whole period, so they are not used.
    "leave:2021-02-15:2021-03-12:20, 10, 0, 2024-03-01",
  })
  void nonCountedTime(String history, int workingDays, int months, LocalDate due) {
    PersonRecord record =
        person(PersonCategory.CONG_CHUC)
            .salary("2", "A1", 3, "3.00", COUNTED_FROM)
            .history(history)
            .build();

    WarningEvent event = single(rule.evaluate(record, AS_OF));

    assertEquals(Integer.toString(workingDays), event.details().get("nonCountedWorkingDays"));
    assertEquals(Integer.toString(months), event.details().get("nonCountedMonths"));
    assertEquals(due, event.dueDate());
  }

  @Test
  void leaveAcrossDueDateCountsWhole() {
    // B from 01/03/2023, due 01/03/2025 before the leave. The leave 01/02/2025 to 31/03/2025 has
    // 20 working days in February and 21 in March: 41 = 1 month + 19 days, so 2 months.
    PersonRecord record =
        person(PersonCategory.CONG_CHUC)
            .salary("2", "B", 4, "2.46", LocalDate.of(2023, 3, 1))
            .history("leave:2025-02-01:2025-03-31")
            .build();

    WarningEvent event = single(rule.evaluate(record, AS_OF));

    assertEquals("41", event.details().get("nonCountedWorkingDays"));
    assertEquals(LocalDate.of(2025, 5, 1), event.dueDate());
  }

  @Test
  void nonCountedMonthsSharedByCumulativeRounding() {
    // 6 days alone round to 0 months; with the next 6 days the sum of 12 rounds to 1, which the
    // second period added.
    PersonRecord record =
        person(PersonCategory.CONG_CHUC)
            .salary("2", "A1", 3, "3.00", COUNTED_FROM)
            .history("leave:2023-05-02:2023-05-09:6 leave:2022-04-04:2022-04-11:6")
            .build();

    List<DueDateAdjustment> adjustments = single(rule.evaluate(record, AS_OF)).adjustments();

    assertEquals(2, adjustments.size());
    assertEquals(LocalDate.of(2022, 4, 4), adjustments.get(0).from());
    assertEquals(6, adjustments.get(0).workingDays());
    assertEquals(0, adjustments.get(0).months());
    assertEquals(LocalDate.of(2023, 5, 2), adjustments.get(1).from());
    assertEquals(1, adjustments.get(1).months());
    assertEquals("non-counted", adjustments.get(1).kind());
  }

  @ParameterizedTest(name = "{0} {1} from {2} + {3}")
  @CsvSource({
    // 29/02/2020 + 36 months: 2023 has no 29 February.
    "A1, 3.00, 2020-02-29, '', 2023-02-28",
    "B, 2.26, 2020-02-29, '', 2022-02-28",
    // + 48 months lands on a leap year again.
    "A1, 3.00, 2020-02-29, discipline:CACH_CHUC:2021-01-01, 2024-02-29",
    "B, 2.26, 2021-05-31, '', 2023-05-31",
    // + 30 months: November has 30 days.
    "B, 2.26, 2021-05-31, discipline:KHIEN_TRACH:2022-01-10, 2023-11-30",
    // + 25 months from 31/01/2022 in one step, not month by month: 29/02/2024.
    "B, 2.26, 2022-01-31, leave:2022-03-01:2022-03-31:22, 2024-02-29",
    "A1, 3.00, 2022-08-30, '', 2025-08-30",
    // + 37 months from 31/12/2021: 31/01/2025.
    "A0, 2.72, 2021-12-31, leave:2022-03-01:2022-03-31:22, 2025-01-31",
  })
  void sameDayOfMonthClampedToMonthEnd(
      String type, String coefficient, LocalDate countedFrom, String history, LocalDate due) {
    PersonRecord record =
        person(PersonCategory.CONG_CHUC)
            .salary("2", type, 3, coefficient, countedFrom)
            .history(history == null ? "" : history)
            .build();

    WarningEvent event = single(rule.evaluate(record, AS_OF));

    assertEquals(due, event.dueDate());
  }

  @Test
  void countedFromDiffersFromEffectiveDate() {
    // The step took effect on 01/07/2023 but its time counts from 01/01/2022.
    PersonRecord record =
        person(PersonCategory.CONG_CHUC)
            .salary(
                "2", "A1", 2, "2.67", LocalDate.of(2023, 7, 1), LocalDate.of(2022, 1, 1), "0", null)
            .build();

    WarningEvent event = single(rule.evaluate(record, AS_OF));

    assertEquals(LocalDate.of(2025, 1, 1), event.dueDate());
    assertEquals("2022-01-01", event.details().get("countedFrom"));
  }

  @Test
  void latestSalaryRowIsCurrent() {
    PersonRecord record =
        person(PersonCategory.CONG_CHUC)
            .salary("2", "A1", 3, "3.00", LocalDate.of(2021, 3, 1))
            .salary("2", "A1", 2, "2.67", LocalDate.of(2018, 3, 1))
            .build();

    WarningEvent event = single(rule.evaluate(record, AS_OF));

    assertEquals("4", event.details().get("nextStep"));
    assertEquals(LocalDate.of(2024, 3, 1), event.dueDate());
  }

  @ParameterizedTest(name = "{0} {1} step {2} at {4}%")
  @CsvSource({
    // On the last step: 5% of its coefficient after 36 months (A) or 24 (B, C), then +1% after
    // each further 12 months.
    "2, A1, 9, 4.98, 0, 2021-01-01, 2024-01-01, 5, 0.249, 36",
    "2, B, 12, 4.06, 0, 2022-06-01, 2024-06-01, 5, 0.203, 24",
    "2, A1, 9, 4.98, 5, 2024-01-01, 2025-01-01, 6, 0.2988, 12",
    "2, A1, 9, 4.98, 7, 2025-03-15, 2026-03-15, 8, 0.3984, 12",
    "2, B, 12, 4.06, 5, 2024-02-29, 2025-02-28, 6, 0.2436, 12",
    "2, A3.1, 6, 8.00, 0, 2023-07-01, 2026-07-01, 5, 0.4, 36",
    "3, C2, 12, 3.98, 0, 2024-05-31, 2026-05-31, 5, 0.199, 24",
    "2, C3, 12, 3.33, 9, 2023-10-31, 2024-10-31, 10, 0.333, 12",
  })
  void seniorityAllowanceOnLastStep(
      String table,
      String type,
      int step,
      String coefficient,
      String percent,
      LocalDate countedFrom,
      LocalDate due,
      int nextPercent,
      String allowanceCoefficient,
      int interval) {
    PersonRecord record =
        person(PersonCategory.CONG_CHUC)
            .salary(table, type, step, coefficient, countedFrom, countedFrom, percent, null)
            .build();

    WarningEvent event = single(rule.evaluate(record, AS_OF));

    assertEquals("seniority-allowance-due", event.kind());
    assertEquals(due, event.dueDate());
    assertEquals(Integer.toString(nextPercent), event.details().get("nextPercent"));
    assertEquals(allowanceCoefficient, event.details().get("allowanceCoefficient"));
    assertEquals(Integer.toString(interval), event.details().get("intervalMonths"));
  }

  @Test
  void seniorityAllowanceExtendedByDiscipline() {
    // 12 months from 01/01/2024 plus 6 for a khiển trách of 10/05/2024: 01/07/2025.
    PersonRecord record =
        person(PersonCategory.CONG_CHUC)
            .salary(
                "2", "A1", 9, "4.98", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1), "5", null)
            .history("discipline:KHIEN_TRACH:2024-05-10")
            .build();

    WarningEvent event = single(rule.evaluate(record, AS_OF));

    assertEquals(LocalDate.of(2025, 7, 1), event.dueDate());
    assertEquals("6", event.details().get("nextPercent"));
  }

  @Test
  void seniorExpertLastStepHasNoEvent() {
    PersonRecord record =
        person(PersonCategory.CAN_BO)
            .salary("1", "CGCC", 3, "10.00", LocalDate.of(2020, 1, 1))
            .build();

    assertEquals(List.of(), rule.evaluate(record, AS_OF));
  }

  @ParameterizedTest(name = "notice {0} {1}")
  @CsvSource({
    // Regular due 01/03/2024 falls within 12 months after the notice: 12 months early.
    "2023-06-01, '', '', 2023-03-01, 12",
    // The window end 01/03/2024 is included.
    "2023-03-01, '', '', 2023-03-01, 12",
    // Window ends 28/02/2024, before the regular due date.
    "2023-02-28, '', '', 2024-03-01, 0",
    // Already due before the notice: the regular step.
    "2024-04-01, '', '', 2024-03-01, 0",
    // A discipline on the step means the conditions are not met: regular, extended, due date.
    "2024-01-01, discipline:KHIEN_TRACH:2022-05-10, '', 2024-09-01, 0",
    // Early retirement under a restructuring decree: no early step.
    "2023-06-01, '', Nghị định 178/2024/NĐ-CP, 2024-03-01, 0",
    // Early retirement for another reason keeps the early step.
    "2023-06-01, '', 'Bộ luật Lao động 2019, Điều 169', 2023-03-01, 12",
    // Non-counted time only moves the date: regular 01/04/2024, early 01/04/2023.
    "2023-06-01, leave:2022-03-01:2022-03-31:22, '', 2023-04-01, 12",
  })
  void earlyStepOnRetirementNotice(
      LocalDate notice, String history, String earlierBasis, LocalDate due, int earlyMonths) {
    PersonBuilder builder =
        person(PersonCategory.CONG_CHUC)
            .salary("2", "A1", 3, "3.00", COUNTED_FROM)
            .history(history == null ? "" : history)
            .notice(notice);
    if (!earlierBasis.isEmpty()) {
      builder.earlierRetirement(24, earlierBasis);
    }

    WarningEvent event = single(rule.evaluate(builder.build(), AS_OF));

    assertEquals(due, event.dueDate());
    assertEquals(Integer.toString(earlyMonths), event.details().get("earlyMonths"));
  }

  @Test
  void earlyStepKeepsRegularDueDate() {
    PersonRecord record =
        person(PersonCategory.CONG_CHUC)
            .salary("2", "A1", 3, "3.00", COUNTED_FROM)
            .notice(LocalDate.of(2023, 6, 1))
            .build();

    WarningEvent event = single(rule.evaluate(record, AS_OF));

    assertEquals("2024-03-01", event.details().get("regularDueDate"));
    DueDateAdjustment early = event.adjustments().get(event.adjustments().size() - 1);
    assertEquals("early-step", early.kind());
    assertEquals(-12, early.months());
    assertEquals(LocalDate.of(2023, 6, 1), early.from());
  }

  @Test
  void noticeOnLastStepGivesAllowanceOnly() {
    PersonRecord record =
        person(PersonCategory.CONG_CHUC)
            .salary("2", "A1", 9, "4.98", LocalDate.of(2021, 1, 1))
            .notice(LocalDate.of(2023, 6, 1))
            .build();

    WarningEvent event = single(rule.evaluate(record, AS_OF));

    assertEquals("seniority-allowance-due", event.kind());
    assertEquals(LocalDate.of(2024, 1, 1), event.dueDate());
  }

  @Test
  void extensionDetailsListReasonAndMonths() {
    PersonRecord record =
        person(PersonCategory.VIEN_CHUC)
            .salary("3", "A1", 3, "3.00", COUNTED_FROM)
            .history("discipline:KHIEN_TRACH:2022-05-10 rating:KHONG_HOAN_THANH:2023")
            .build();

    WarningEvent event = single(rule.evaluate(record, AS_OF));

    // 36 + 3 + 6 = 45 months: 01/12/2024.
    assertEquals(LocalDate.of(2024, 12, 1), event.dueDate());
    assertEquals("9", event.details().get("extensionMonths"));
    assertEquals("45", event.details().get("totalMonths"));
    DueDateAdjustment discipline = event.adjustments().get(0);
    assertEquals("discipline", discipline.kind());
    assertEquals(3, discipline.months());
    assertTrue(discipline.reason().contains("khiển trách"), discipline.reason());
    DueDateAdjustment rating = event.adjustments().get(1);
    assertEquals("evaluation", rating.kind());
    assertEquals(6, rating.months());
    assertEquals(LocalDate.of(2023, 1, 1), rating.from());
    assertEquals(LocalDate.of(2023, 12, 31), rating.to());
  }

  @Test
  void reasoningShowsTheSum() {
    PersonRecord record =
        person(PersonCategory.CONG_CHUC)
            .salary("2", "A1", 3, "3.00", COUNTED_FROM)
            .history("discipline:KHIEN_TRACH:2022-05-10 leave:2023-01-03:2023-01-17")
            .build();

    List<String> reasoning = single(rule.evaluate(record, AS_OF)).reasoning();

    assertTrue(
        reasoning.contains("Tổng: 36 + 6 + 1 = 43 tháng; 01/03/2021 + 43 tháng = 01/10/2024."),
        String.join("\n", reasoning));
  }

  @Test
  void legalBasisListsEachProvisionOnce() {
    PersonRecord record =
        person(PersonCategory.CONG_CHUC)
            .salary("2", "A1", 3, "3.00", COUNTED_FROM)
            .history("discipline:KHIEN_TRACH:2022-05-10")
            .build();

    String legalBasis = single(rule.evaluate(record, AS_OF)).legalBasis();

    assertEquals(
        "Nghị định 204/2004/NĐ-CP; Thông tư 08/2013/TT-BNV, sửa đổi bởi Thông tư 03/2021/TT-BNV",
        legalBasis);
  }

  @Test
  void disciplineWithoutFigureListedNotAdded() {
    PersonRecord record =
        person(PersonCategory.CONG_CHUC)
            .salary("2", "A1", 3, "3.00", COUNTED_FROM)
            .history("discipline:HA_BAC_LUONG:2022-05-10")
            .build();

    WarningEvent event = single(rule.evaluate(record, AS_OF));

    assertEquals(LocalDate.of(2024, 3, 1), event.dueDate());
    assertEquals(0, event.adjustments().get(0).months());
  }

  @Test
  void noSalaryHistoryNoEvent() {
    assertEquals(List.of(), rule.evaluate(person(PersonCategory.CONG_CHUC).build(), AS_OF));
  }

  @Test
  void unknownSalaryTypeRejected() {
    PersonRecord record =
        person(PersonCategory.CONG_CHUC).salary("2", "A4", 1, "9.00", COUNTED_FROM).build();

    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> rule.evaluate(record, AS_OF));

    assertTrue(error.getMessage().contains("A4"), error.getMessage());
  }

  @Test
  void stepBeyondScaleRejected() {
    PersonRecord record =
        person(PersonCategory.CONG_CHUC).salary("2", "A1", 10, "5.31", COUNTED_FROM).build();

    assertThrows(IllegalArgumentException.class, () -> rule.evaluate(record, AS_OF));
  }

  @Test
  void coefficientMismatchExplained() {
    PersonRecord record =
        person(PersonCategory.CONG_CHUC).salary("2", "A1", 3, "3.10", COUNTED_FROM).build();

    List<String> reasoning = single(rule.evaluate(record, AS_OF)).reasoning();

    assertTrue(
        reasoning.stream().anyMatch(line -> line.contains("3,10") && line.contains("3,00")),
        String.join("\n", reasoning));
  }

  static WarningEvent single(List<WarningEvent> events) {
    assertEquals(1, events.size(), () -> "expected one event, got " + events);
    return events.get(0);
  }
}
