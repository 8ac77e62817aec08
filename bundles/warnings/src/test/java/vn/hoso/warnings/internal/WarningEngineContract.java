package vn.hoso.warnings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import vn.hoso.api.personnel.RecordEvents;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.warning.RuleStatus;
import vn.hoso.api.warning.StoredWarning;
import vn.hoso.api.warning.WarningCount;
import vn.hoso.api.warning.WarningEvent;
import vn.hoso.api.warning.WarningFilter;
import vn.hoso.api.warning.WarningPage;

/** The engine and its store on a real database; subclasses choose the database. */
abstract class WarningEngineContract {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  static final Clock CLOCK =
      Clock.fixed(
          TODAY.atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
          ZoneId.of("Asia/Ho_Chi_Minh"));
  static final Duration WAIT = Duration.ofSeconds(60);

  private final TestPeople people = new TestPeople();
  private DataSource dataSource;
  private WarningStore store;
  private WarningEngine engine;

  abstract DataSource createDatabase() throws Exception;

  void dropDatabase(DataSource dataSource) throws Exception {}

  @BeforeEach
  void startEngine() throws Exception {
    dataSource = createDatabase();
    store = new WarningStore(dataSource);
    engine = new WarningEngine(store, people, CLOCK);
    people.put(TestPeople.person(1, "Nguyễn Thị Lan", 10L, LocalDate.of(1980, 12, 10)));
    people.put(TestPeople.person(2, "Trần Văn Bình", 20L, LocalDate.of(1975, 1, 20)));
    people.put(TestPeople.person(3, "Lê Minh Châu", 10L, LocalDate.of(1990, 6, 1)));
  }

  @AfterEach
  void stopEngine() throws Exception {
    engine.deactivate();
    dropDatabase(dataSource);
  }

  private void installBirthdayRule(String version) throws InterruptedException {
    engine.install(
        new InstalledRule(
            TestPeople.BirthdayRule.ID, new TestPeople.BirthdayRule(), "test.rules", version));
    assertTrue(engine.awaitIdle(WAIT));
  }

  @Test
  void installComputesEveryone() throws Exception {
    installBirthdayRule("1.0.0");

    WarningPage page = engine.find(new WarningFilter(null, null, null, null, null), 0, 10);

    assertEquals(3, page.total());
    assertEquals(List.of(1L, 2L, 3L), page.items().stream().map(StoredWarning::personId).toList());
    assertEquals(LocalDate.of(2026, 12, 10), page.items().get(0).event().dueDate());
    assertEquals("46", page.items().get(0).event().details().get("age"));
    assertEquals("Nguyễn Thị Lan", page.items().get(0).fullName());
  }

  @Test
  void upcomingWindowEndsAfterNinetyDays() throws Exception {
    installBirthdayRule("1.0.0");

    WarningPage page = engine.find(WarningFilter.upcoming(TODAY), 0, 10);

    // 2026-12-04 + 90 days = 2027-03-04: the 10 December and 20 January birthdays fall inside.
    assertEquals(List.of(1L, 2L), page.items().stream().map(StoredWarning::personId).toList());
  }

  @Test
  void filtersByUnitAndCategory() throws Exception {
    installBirthdayRule("1.0.0");

    WarningPage unitTen =
        engine.find(new WarningFilter(null, Set.of(10L), null, null, null), 0, 10);
    WarningPage noUnits = engine.find(new WarningFilter(null, Set.of(), null, null, null), 0, 10);
    WarningPage workers =
        engine.find(
            new WarningFilter(null, null, Set.of(PersonCategory.NGUOI_LAO_DONG), null, null),
            0,
            10);

    assertEquals(List.of(1L, 3L), unitTen.items().stream().map(StoredWarning::personId).toList());
    assertEquals(0, noUnits.total());
    assertEquals(0, workers.total());
  }

  @Test
  void pagesCarryTheTotal() throws Exception {
    installBirthdayRule("1.0.0");

    WarningPage second = engine.find(new WarningFilter(null, null, null, null, null), 1, 2);

    assertEquals(3, second.total());
    assertFalse(second.totalCapped());
    assertEquals(List.of(3L), second.items().stream().map(StoredWarning::personId).toList());
  }

  @Test
  void countsSplitOverdueAndUpcoming() throws Exception {
    installBirthdayRule("1.0.0");

    List<WarningCount> counts =
        engine.count(new WarningFilter(null, null, null, null, null), LocalDate.of(2027, 1, 1));

    // On 2027-01-01 the 10 December birthday (unit 10) is overdue; the others are still ahead.
    assertEquals(
        List.of(
            new WarningCount(TestPeople.BirthdayRule.ID, 10L, 1, 1),
            new WarningCount(TestPeople.BirthdayRule.ID, 20L, 0, 1)),
        counts);
  }

  @Test
  void storedEventReadsBackExactly() throws Exception {
    // Quotes, commas, a backslash, a tab, a line break and decomposed (NFD) letters: everything the
    // bulk writer must escape, in the name, the title and the JSON document.
    String awkwardName = "Ngo\u0302 \"Tí\", Văn\\Bé\tA\nB";
    people.put(TestPeople.person(5, awkwardName, null, LocalDate.of(1988, 2, 29)));

    installBirthdayRule("1.0.0");

    List<StoredWarning> stored = engine.forPerson(5);
    assertEquals(1, stored.size());
    assertEquals(awkwardName, stored.get(0).fullName());
    assertEquals(null, stored.get(0).unitId());
    assertEquals(
        new TestPeople.BirthdayRule().evaluate(people.load(List.of(5L)).get(0), TODAY),
        List.of(stored.get(0).event()));
  }

  @Test
  void farEventIsExplainedOnReading() throws Exception {
    engine.install(
        new InstalledRule(
            TestPeople.SeventiethBirthdayRule.ID,
            new TestPeople.SeventiethBirthdayRule(),
            "test.rules",
            "1.0.0"));
    assertTrue(engine.awaitIdle(WAIT));
    WarningEvent expected =
        new TestPeople.SeventiethBirthdayRule()
            .evaluate(people.load(List.of(1L)).get(0), TODAY)
            .get(0);

    List<StoredWarning> ofPerson = engine.forPerson(1);
    WarningPage inWindow =
        engine.find(
            new WarningFilter(null, null, null, expected.dueDate(), expected.dueDate()), 0, 10);

    assertEquals(null, storedJson(1, TestPeople.SeventiethBirthdayRule.ID));
    assertEquals(List.of(expected), ofPerson.stream().map(StoredWarning::event).toList());
    assertEquals(List.of(expected), inWindow.items().stream().map(StoredWarning::event).toList());
  }

  @Test
  void nearEventKeepsItsDetailsStored() throws Exception {
    installBirthdayRule("1.0.0");

    assertTrue(storedJson(1, TestPeople.BirthdayRule.ID).contains("Ngày sinh 1980-12-10"));
  }

  private String storedJson(long personId, String ruleId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT event_json FROM warning_item WHERE person_id = ? AND rule_id = ?")) {
      select.setLong(1, personId);
      select.setString(2, ruleId);
      try (ResultSet rows = select.executeQuery()) {
        assertTrue(rows.next());
        return rows.getString(1);
      }
    }
  }

  @Test
  void unreadableRecordSkipsOnlyThatPerson() throws Exception {
    people.put(TestPeople.person(4, "Phạm Lỗi Dữ", 10L, LocalDate.of(1985, 3, 3)));

    installBirthdayRule("1.0.0");

    assertEquals(List.of(), engine.forPerson(4));
    assertEquals(1, engine.forPerson(1).size());
  }

  @Test
  void uninstallDeletesWarnings() throws Exception {
    installBirthdayRule("1.0.0");

    engine.uninstall(TestPeople.BirthdayRule.ID);
    assertTrue(engine.awaitIdle(WAIT));

    assertEquals(0, engine.find(new WarningFilter(null, null, null, null, null), 0, 10).total());
    assertEquals(List.of(), engine.rules());
  }

  @Test
  void changedRecordIsReevaluated() throws Exception {
    installBirthdayRule("1.0.0");
    people.put(TestPeople.person(2, "Trần Văn Bình", 20L, LocalDate.of(1975, 2, 14)));
    people.remove(3);

    engine.reevaluate(2);
    engine.reevaluate(3);
    assertTrue(engine.awaitIdle(WAIT));

    assertEquals(LocalDate.of(2027, 2, 14), engine.forPerson(2).get(0).event().dueDate());
    assertEquals(List.of(), engine.forPerson(3));
  }

  @Test
  void recordChangedEventReevaluates() throws Exception {
    installBirthdayRule("1.0.0");
    people.put(TestPeople.person(2, "Trần Văn Bình", 20L, LocalDate.of(1975, 2, 14)));
    Event changed =
        new Event(
            RecordEvents.CHANGED_TOPIC,
            Map.of(
                RecordEvents.PERSON_ID, 2L,
                RecordEvents.TABLE, "person",
                RecordEvents.OPERATION, "UPDATE"));

    new RecordChangedHandler(engine).handleEvent(changed);
    assertTrue(engine.awaitIdle(WAIT));

    assertEquals(LocalDate.of(2027, 2, 14), engine.forPerson(2).get(0).event().dueDate());
  }

  @Test
  void sameVersionSameDayIsNotRecomputed() throws Exception {
    installBirthdayRule("1.0.0");
    engine.deactivate();
    engine = new WarningEngine(store, people, CLOCK);

    installBirthdayRule("1.0.0");

    RuleStatus status = engine.rules().get(0);
    assertEquals(0, status.processed());
    assertFalse(status.computing());
    assertEquals(3, engine.find(new WarningFilter(null, null, null, null, null), 0, 10).total());
  }

  @Test
  void newVersionIsRecomputed() throws Exception {
    installBirthdayRule("1.0.0");
    engine.deactivate();
    engine = new WarningEngine(store, people, CLOCK);

    installBirthdayRule("1.1.0");

    assertEquals(3, engine.rules().get(0).processed());
  }

  @Test
  void recomputationDropsDeletedPeople() throws Exception {
    installBirthdayRule("1.0.0");
    engine.deactivate();
    people.remove(2);
    people.remove(3);
    engine = new WarningEngine(store, people, CLOCK);

    installBirthdayRule("1.1.0");

    assertEquals(List.of(), engine.forPerson(2));
    assertEquals(List.of(), engine.forPerson(3));
    assertEquals(1, engine.find(new WarningFilter(null, null, null, null, null), 0, 10).total());
  }

  @Test
  void totalStopsAtCountLimit() throws Exception {
    for (long id = 100; id <= 100 + WarningStore.COUNT_LIMIT; id++) {
      people.put(TestPeople.person(id, "Đỗ Văn Số", 30L, LocalDate.of(1970, 1, 1)));
    }
    installBirthdayRule("1.0.0");

    WarningPage everyone = engine.find(new WarningFilter(null, null, null, null, null), 0, 10);
    WarningPage unitTen =
        engine.find(new WarningFilter(null, Set.of(10L), null, null, null), 0, 10);

    assertEquals(WarningStore.COUNT_LIMIT, everyone.total());
    assertTrue(everyone.totalCapped());
    assertEquals(10, everyone.items().size());
    assertEquals(2, unitTen.total());
    assertFalse(unitTen.totalCapped());
  }

  @Test
  void computesAcrossBatches() throws Exception {
    int count = RuleComputation.BATCH_SIZE * 2 + 3;
    for (long id = 100; id < 100 + count; id++) {
      people.put(TestPeople.person(id, "Đỗ Văn Số", 30L, LocalDate.of(1970, 1, 1)));
    }

    installBirthdayRule("1.0.0");

    WarningFilter unitThirty = new WarningFilter(null, Set.of(30L), null, null, null);
    assertEquals(count, engine.find(unitThirty, 0, 1).total());
  }
}
