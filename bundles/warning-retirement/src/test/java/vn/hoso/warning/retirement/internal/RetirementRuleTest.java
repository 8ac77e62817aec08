package vn.hoso.warning.retirement.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoso.warning.retirement.internal.People.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.record.RetirementAdjustment;
import vn.hoso.api.record.RetirementAdjustmentKind;
import vn.hoso.api.record.Sex;
import vn.hoso.api.warning.DueDateAdjustment;
import vn.hoso.api.warning.WarningEvent;

class RetirementRuleTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  private final RetirementRule rule = new RetirementRule(RetirementReference.loadPackaged());

  /**
   * The worked examples of the retirement rules, with the notice due 6 months and the decision due
   * 3 months before the retirement moment (same day of month, or the month's last day when it is
   * shorter).
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    // 60y6m reached in 04/2022: retires at the end of 30/04/2022.
    "MALE, 15/10/1961, 2022-04-30, 2022-05-01, 2021-10-30, 2022-01-30",
    // 55y8m reached in 05/2022: retires at the end of 31/05/2022. 31/11 and 31/02 do not exist.
    "FEMALE, 20/09/1966, 2022-05-31, 2022-06-01, 2021-11-30, 2022-02-28",
    // Born 1967 or later: exactly 62. Year only, so 01/01/1967 + 62y = 01/01/2029.
    "MALE, 1967, 2029-01-31, 2029-02-01, 2028-07-31, 2028-10-31",
    // 20/06/1970 + 62y = 20/06/2032.
    "MALE, 20/06/1970, 2032-06-30, 2032-07-01, 2031-12-30, 2032-03-30",
    // Born 1976 or later: exactly 60. 01/01/1976 + 60y = 01/01/2036.
    "FEMALE, 1976, 2036-01-31, 2036-02-01, 2035-07-31, 2035-10-31",
    // 05/03/1980 + 60y = 05/03/2040; 31/09 does not exist so the notice falls on 30/09/2039.
    "FEMALE, 05/03/1980, 2040-03-31, 2040-04-01, 2039-09-30, 2039-12-31",
  })
  void workedExamples(
      Sex sex,
      String birth,
      LocalDate moment,
      LocalDate pensionStart,
      LocalDate noticeDue,
      LocalDate decisionDue) {
    PersonRecord person = person(PersonCategory.CONG_CHUC, sex, birth);

    List<WarningEvent> events = rule.evaluate(person, AS_OF);

    WarningEvent retirement = event(events, "retirement");
    assertEquals(moment, retirement.dueDate(), "retirement moment");
    assertEquals(pensionStart.toString(), retirement.details().get("pensionStart"), "pension");
    assertEquals(noticeDue, event(events, "retirement-notice-due").dueDate(), "notice");
    assertEquals(decisionDue, event(events, "retirement-decision-due").dueDate(), "decision");
  }

  @Test
  void eventsInDueDateOrder() {
    List<WarningEvent> events =
        rule.evaluate(person(PersonCategory.CONG_CHUC, Sex.MALE, "15/10/1961"), AS_OF);

    assertEquals(
        List.of("retirement-notice-due", "retirement-decision-due", "retirement"),
        events.stream().map(WarningEvent::kind).toList());
  }

  @Test
  void retirementShowsMomentAndPensionStart() {
    WarningEvent retirement =
        event(
            rule.evaluate(person(PersonCategory.VIEN_CHUC, Sex.FEMALE, "20/09/1966"), AS_OF),
            "retirement");

    assertEquals("retirement", retirement.ruleId());
    assertEquals("2022-05-31", retirement.details().get("retirementMoment"));
    assertEquals("2022-06-01", retirement.details().get("pensionStart"));
    assertEquals("55", retirement.details().get("ageYears"));
    assertEquals("8", retirement.details().get("ageMonths"));
    assertEquals("2022-05-20", retirement.details().get("ageReachedOn"));
    assertTrue(retirement.title().contains("31/05/2022"), retirement.title());
    assertTrue(retirement.title().contains("01/06/2022"), retirement.title());
    assertTrue(retirement.legalBasis().contains("Điều 169"), retirement.legalBasis());
  }

  @Test
  void noticeGivenDropsNoticeEvent() {
    PersonRecord person =
        person(
            PersonCategory.CONG_CHUC,
            Sex.MALE,
            People.parseBirth("15/10/1961"),
            List.of(),
            LocalDate.of(2021, 10, 1));

    List<WarningEvent> events = rule.evaluate(person, AS_OF);

    assertEquals(Optional.empty(), find(events, "retirement-notice-due"));
    assertEquals(LocalDate.of(2022, 1, 30), event(events, "retirement-decision-due").dueDate());
  }

  @Test
  void workerGetsRetirementOnly() {
    List<WarningEvent> events =
        rule.evaluate(person(PersonCategory.NGUOI_LAO_DONG, Sex.MALE, "15/10/1961"), AS_OF);

    assertEquals(List.of("retirement"), events.stream().map(WarningEvent::kind).toList());
  }

  @Test
  void vienChucDeadlinesCiteTheirLaw() {
    List<WarningEvent> events =
        rule.evaluate(person(PersonCategory.VIEN_CHUC, Sex.FEMALE, "05/03/1980"), AS_OF);

    String legalBasis = event(events, "retirement-decision-due").legalBasis();

    assertTrue(legalBasis.contains("Luật Viên chức"), legalBasis);
  }

  @Test
  void postponementMovesEveryDeadline() {
    // 30/04/2022 postponed by the longest of 1 and 3 months: 31/07/2022.
    PersonRecord person =
        person(
            PersonCategory.CONG_CHUC,
            Sex.MALE,
            People.parseBirth("15/10/1961"),
            List.of(
                adjustment(1, RetirementAdjustmentKind.POSTPONED, 1),
                adjustment(2, RetirementAdjustmentKind.POSTPONED, 3)),
            null);

    List<WarningEvent> events = rule.evaluate(person, AS_OF);

    WarningEvent retirement = event(events, "retirement");
    assertEquals(LocalDate.of(2022, 7, 31), retirement.dueDate());
    assertEquals(LocalDate.of(2022, 1, 31), event(events, "retirement-notice-due").dueDate());
    assertEquals(LocalDate.of(2022, 4, 30), event(events, "retirement-decision-due").dueDate());
    assertEquals(1, retirement.adjustments().size());
    DueDateAdjustment postponement = retirement.adjustments().get(0);
    assertEquals("retirement-postponed", postponement.kind());
    assertEquals(3, postponement.months());
  }

  @Test
  void earlierRetirementIsNegativeAdjustment() {
    // 5 years earlier: 55y - 5y = 50y in 2016, reached 10/01/2016.
    PersonRecord person =
        person(
            PersonCategory.CONG_CHUC,
            Sex.FEMALE,
            People.parseBirth("10/01/1966"),
            List.of(adjustment(1, RetirementAdjustmentKind.EARLIER, 60)),
            null);

    WarningEvent retirement = event(rule.evaluate(person, AS_OF), "retirement");

    assertEquals(LocalDate.of(2016, 1, 31), retirement.dueDate());
    assertEquals(-60, retirement.adjustments().get(0).months());
    assertTrue(
        retirement.legalBasis().contains("Điều 5 Nghị định 135/2020"), retirement.legalBasis());
  }

  @Test
  void deadlineBeforeTableStartExplained() {
    // Công chức deadlines start on 01/07/2025 in the table; a 2022 retirement uses that row.
    List<WarningEvent> events =
        rule.evaluate(person(PersonCategory.CONG_CHUC, Sex.MALE, "15/10/1961"), AS_OF);

    List<String> reasoning = event(events, "retirement-notice-due").reasoning();

    assertTrue(
        reasoning.stream().anyMatch(line -> line.contains("01/07/2025")),
        String.join("\n", reasoning));
  }

  @Test
  void reasoningEndsWithDeadlineArithmetic() {
    List<WarningEvent> events =
        rule.evaluate(person(PersonCategory.CONG_CHUC, Sex.MALE, "20/06/1970"), AS_OF);

    List<String> reasoning = event(events, "retirement-notice-due").reasoning();

    assertEquals(
        "Hạn thông báo bằng văn bản: hết ngày 30/06/2032 lùi 6 tháng là ngày 30/12/2031.",
        reasoning.get(reasoning.size() - 1));
  }

  private static RetirementAdjustment adjustment(
      long id, RetirementAdjustmentKind kind, int months) {
    return new RetirementAdjustment(id, kind, months, "Điều 5 Nghị định 135/2020/NĐ-CP", null);
  }

  private static WarningEvent event(List<WarningEvent> events, String kind) {
    return find(events, kind).orElseThrow(() -> new AssertionError("no " + kind + " in " + events));
  }

  private static Optional<WarningEvent> find(List<WarningEvent> events, String kind) {
    return events.stream().filter(event -> event.kind().equals(kind)).findFirst();
  }
}
