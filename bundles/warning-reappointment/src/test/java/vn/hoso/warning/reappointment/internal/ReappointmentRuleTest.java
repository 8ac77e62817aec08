package vn.hoso.warning.reappointment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoso.warning.reappointment.internal.TermBuilder.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoso.api.record.AppointmentKind;
import vn.hoso.api.record.DisciplineForm;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.record.Sex;
import vn.hoso.api.warning.WarningEvent;

class ReappointmentRuleTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  private final ReappointmentRule rule =
      new ReappointmentRule(ReappointmentReference.loadPackaged());

  /**
   * Term end, review start 90 days before it, decision due on the last working day before it, and
   * the path from the time between the term end and the retirement moment.
   */
  @ParameterizedTest(name = "{0} born {1}, term from {3}")
  @CsvSource({
    // Retires at 62 on 31/05/2037, over 11 years after the term end 15/03/2026: a new 5-year
    // term. 15/03/2026 is a Sunday, so the decision is due Friday 13/03/2026.
    "MALE, 1975-05-10, REAPPOINTMENT, 2021-03-15, , 2026-03-15, 2025-12-15, 2026-03-13, reappoint",
    // Retires 31/08/2030 (62 on 20/08/2030), 4 years 7 months after 02/01/2026: until
    // retirement. The day before, 01/01/2026, is Tết Dương lịch: due Wednesday 31/12/2025.
    "MALE, 1968-08-20, FIRST, 2021-01-02, , 2026-01-02, 2025-10-04, 2025-12-31,"
        + " reappoint-until-retirement",
    // Retires 31/07/2027 (57y4m on 10/07/2027), 11 months after 01/09/2026: may be extended to
    // retirement. Due Monday 31/08/2026.
    "FEMALE, 1970-03-10, REAPPOINTMENT, 2021-09-01, , 2026-09-01, 2026-06-03, 2026-08-31,"
        + " extend-until-retirement",
    // Term ends Monday 03/05/2027: Sunday, Saturday 01/05 and Friday 30/04 are days off, so the
    // decision is due Thursday 29/04/2027.
    "MALE, 1980-01-01, FIRST, 2022-05-03, , 2027-05-03, 2027-02-02, 2027-04-29, reappoint",
    // Term ends Wednesday 03/09/2031 and Tuesday 02/09 is Quốc khánh: due Monday 01/09/2031.
    "MALE, 1980-01-01, REAPPOINTMENT, 2026-09-03, , 2031-09-03, 2031-06-05, 2031-09-01, reappoint",
    // The decision records a 3-year term ending Saturday 31/05/2025: due Friday 30/05/2025.
    "MALE, 1980-01-01, FIRST, 2022-06-01, 2025-05-31, 2025-05-31, 2025-03-02, 2025-05-30,"
        + " reappoint",
    // Retires 31/03/2032 (62 on 20/03/2032). The term ends 31/03/2027, exactly 5 years before:
    // not less than 5 years, so a full new term.
    "MALE, 1970-03-20, REAPPOINTMENT, 2022-03-31, , 2027-03-31, 2026-12-31, 2027-03-30, reappoint",
    // One day later the full term would outlast the retirement: until retirement.
    "MALE, 1970-03-20, REAPPOINTMENT, 2022-04-01, , 2027-04-01, 2027-01-01, 2027-03-31,"
        + " reappoint-until-retirement",
    // Term end 31/03/2030 (a Sunday), exactly 2 years before retirement: not less than 2 years.
    "MALE, 1970-03-20, REAPPOINTMENT, 2025-03-31, , 2030-03-31, 2029-12-31, 2030-03-29,"
        + " reappoint-until-retirement",
    // Term end 01/04/2030: less than 2 years before retirement.
    "MALE, 1970-03-20, REAPPOINTMENT, 2025-04-01, , 2030-04-01, 2030-01-01, 2030-03-29,"
        + " extend-until-retirement",
  })
  void termEndReviewDecisionAndPath(
      Sex sex,
      LocalDate birth,
      AppointmentKind kind,
      LocalDate effective,
      LocalDate recordedEnd,
      LocalDate termEnd,
      LocalDate reviewStart,
      LocalDate decisionDue,
      String path) {
    PersonRecord record =
        person(PersonCategory.CONG_CHUC, sex, birth).term(kind, effective, recordedEnd).build();

    List<WarningEvent> events = rule.evaluate(record, AS_OF);

    WarningEvent end = event(events, "term-end");
    assertEquals(termEnd, end.dueDate(), "term end");
    assertEquals(path, end.details().get("path"), "path");
    assertEquals(reviewStart, event(events, "reappointment-review-start").dueDate(), "review");
    assertEquals(decisionDue, event(events, "reappointment-decision-due").dueDate(), "decision");
  }

  @Test
  void eventsInDueDateOrder() {
    PersonRecord record =
        person(PersonCategory.CONG_CHUC, Sex.MALE, LocalDate.of(1975, 5, 10))
            .term(AppointmentKind.REAPPOINTMENT, LocalDate.of(2021, 3, 15), null)
            .build();

    List<WarningEvent> events = rule.evaluate(record, AS_OF);

    assertEquals(
        List.of("reappointment-review-start", "reappointment-decision-due", "term-end"),
        events.stream().map(WarningEvent::kind).toList());
  }

  @Test
  void retirementWithinTermEndsIt() {
    // Retires 31/07/2026 (61y6m on 10/07/2026), before the term end 01/03/2028: no review. The
    // first appointment on 01/03/2023 left less than 5 years to retirement, so it is flagged.
    PersonRecord record =
        person(PersonCategory.CONG_CHUC, Sex.MALE, LocalDate.of(1965, 1, 10))
            .term(AppointmentKind.FIRST, LocalDate.of(2023, 3, 1), null)
            .build();

    List<WarningEvent> events = rule.evaluate(record, AS_OF);

    assertEquals(
        List.of("first-appointment-age", "term-end"),
        events.stream().map(WarningEvent::kind).toList());
    assertEquals(LocalDate.of(2023, 3, 1), events.get(0).dueDate());
    assertEquals(LocalDate.of(2026, 7, 31), events.get(1).dueDate());
    assertEquals("retirement", events.get(1).details().get("path"));
  }

  @Test
  void firstAppointmentWithFullTermNotFlagged() {
    // Retires 31/08/2030; 02/01/2021 + 5 years = 02/01/2026 comes first.
    PersonRecord record =
        person(PersonCategory.CONG_CHUC, Sex.MALE, LocalDate.of(1968, 8, 20))
            .term(AppointmentKind.FIRST, LocalDate.of(2021, 1, 2), null)
            .build();

    List<WarningEvent> events = rule.evaluate(record, AS_OF);

    assertEquals(Optional.empty(), find(events, "first-appointment-age"));
  }

  @Test
  void reappointmentNotCheckedAsFirst() {
    // Same dates as the flagged first appointment, but a reappointment needs no full term.
    PersonRecord record =
        person(PersonCategory.CONG_CHUC, Sex.MALE, LocalDate.of(1965, 1, 10))
            .term(AppointmentKind.REAPPOINTMENT, LocalDate.of(2023, 3, 1), null)
            .build();

    assertEquals(Optional.empty(), find(rule.evaluate(record, AS_OF), "first-appointment-age"));
  }

  @Test
  void extensionRunsToRetirement() {
    // Extended on 01/09/2026 until retirement, 31/07/2027: the term ends then, with no review.
    PersonRecord record =
        person(PersonCategory.CONG_CHUC, Sex.FEMALE, LocalDate.of(1970, 3, 10))
            .term(AppointmentKind.REAPPOINTMENT, LocalDate.of(2021, 9, 1), null)
            .term(AppointmentKind.EXTENSION, LocalDate.of(2026, 9, 1), null)
            .build();

    List<WarningEvent> events = rule.evaluate(record, AS_OF);

    assertEquals(List.of("term-end"), events.stream().map(WarningEvent::kind).toList());
    assertEquals(LocalDate.of(2027, 7, 31), events.get(0).dueDate());
  }

  @Test
  void latestTermIsCurrent() {
    PersonRecord record =
        person(PersonCategory.CONG_CHUC, Sex.MALE, LocalDate.of(1975, 5, 10))
            .term(AppointmentKind.REAPPOINTMENT, LocalDate.of(2021, 3, 15), null)
            .term(AppointmentKind.FIRST, LocalDate.of(2016, 3, 15), null)
            .build();

    WarningEvent end = event(rule.evaluate(record, AS_OF), "term-end");

    assertEquals(LocalDate.of(2026, 3, 15), end.dueDate());
    assertEquals("1", end.details().get("termId"));
  }

  @Test
  void vienChucCitesTheirDecree() {
    PersonRecord record =
        person(PersonCategory.VIEN_CHUC, Sex.MALE, LocalDate.of(1975, 5, 10))
            .term(AppointmentKind.REAPPOINTMENT, LocalDate.of(2021, 3, 15), null)
            .build();

    WarningEvent review = event(rule.evaluate(record, AS_OF), "reappointment-review-start");

    assertEquals(LocalDate.of(2025, 12, 15), review.dueDate());
    assertTrue(review.legalBasis().contains("115/2020"), review.legalBasis());
  }

  @ParameterizedTest
  @CsvSource({"CAN_BO", "NGUOI_LAO_DONG"})
  void categoriesWithoutRulesHaveNoEvents(PersonCategory category) {
    PersonRecord record =
        person(category, Sex.MALE, LocalDate.of(1975, 5, 10))
            .term(AppointmentKind.REAPPOINTMENT, LocalDate.of(2021, 3, 15), null)
            .build();

    assertEquals(List.of(), rule.evaluate(record, AS_OF));
  }

  @Test
  void noTermNoEvents() {
    PersonRecord record =
        person(PersonCategory.CONG_CHUC, Sex.MALE, LocalDate.of(1975, 5, 10)).build();

    assertEquals(List.of(), rule.evaluate(record, AS_OF));
  }

  @Test
  void disciplineInForceMayPostponeReview() {
    // Review starts 15/12/2025; a khiển trách of 01/06/2025 without an end stays in force 12
    // months, to 01/06/2026.
    PersonRecord record =
        person(PersonCategory.CONG_CHUC, Sex.MALE, LocalDate.of(1975, 5, 10))
            .term(AppointmentKind.REAPPOINTMENT, LocalDate.of(2021, 3, 15), null)
            .discipline(DisciplineForm.KHIEN_TRACH, LocalDate.of(2025, 6, 1), null)
            .build();

    WarningEvent review = event(rule.evaluate(record, AS_OF), "reappointment-review-start");

    assertEquals("discipline", review.details().get("reviewMayBePostponed"));
  }

  @Test
  void endedDisciplineDoesNotPostpone() {
    PersonRecord record =
        person(PersonCategory.CONG_CHUC, Sex.MALE, LocalDate.of(1975, 5, 10))
            .term(AppointmentKind.REAPPOINTMENT, LocalDate.of(2021, 3, 15), null)
            .discipline(DisciplineForm.KHIEN_TRACH, LocalDate.of(2024, 6, 1), null)
            .build();

    WarningEvent review = event(rule.evaluate(record, AS_OF), "reappointment-review-start");

    assertEquals(null, review.details().get("reviewMayBePostponed"));
  }

  @Test
  void reasoningNamesTimeToRetirement() {
    PersonRecord record =
        person(PersonCategory.CONG_CHUC, Sex.MALE, LocalDate.of(1968, 8, 20))
            .term(AppointmentKind.FIRST, LocalDate.of(2021, 1, 2), null)
            .build();

    WarningEvent end = event(rule.evaluate(record, AS_OF), "term-end");

    assertEquals("P4Y7M29D", end.details().get("timeToRetirement"));
    assertTrue(
        end.reasoning().stream().anyMatch(line -> line.contains("4 năm 7 tháng 29 ngày")),
        String.join("\n", end.reasoning()));
  }

  private static WarningEvent event(List<WarningEvent> events, String kind) {
    return find(events, kind).orElseThrow(() -> new AssertionError("no " + kind + " in " + events));
  }

  private static Optional<WarningEvent> find(List<WarningEvent> events, String kind) {
    return events.stream().filter(event -> event.kind().equals(kind)).findFirst();
  }
}
