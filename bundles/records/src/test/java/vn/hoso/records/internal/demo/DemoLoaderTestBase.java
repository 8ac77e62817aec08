package vn.hoso.records.internal.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hoso.api.personnel.ChangeContext;
import vn.hoso.api.personnel.Page;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.PersonDetails;
import vn.hoso.api.personnel.PersonQuery;
import vn.hoso.api.personnel.PersonSummary;
import vn.hoso.api.personnel.UnitData;
import vn.hoso.api.quality.QualityCheck;
import vn.hoso.api.quality.QualityCount;
import vn.hoso.api.quality.QualitySummary;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.records.internal.persistence.EntityManagerFactoryTransactor;
import vn.hoso.records.internal.quality.DataQualityService;
import vn.hoso.records.internal.service.RecordServiceImpl;
import vn.hoso.records.internal.testing.TestDatabase;

/**
 * Loading the demo data into a real database. Each subclass supplies one database, emptied before
 * every test; H2 and PostgreSQL must behave alike.
 */
abstract class DemoLoaderTestBase {

  /** 15 March 2026, 10:00 in Hanoi. */
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-15T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  /** Fewer people than the demo's 3,000 keep the tests quick; the layout is the same. */
  static final int PEOPLE = 400;

  private TestDatabase database;
  private RecordServiceImpl service;

  /** Opens the database this subclass tests, or returns null to skip after logging why. */
  abstract TestDatabase openDatabase();

  @BeforeEach
  void openEmptyDatabase() {
    database = openDatabase();
    Assumptions.assumeTrue(database != null, "No database for this class; its warning says why");
    service =
        new RecordServiceImpl(
            new EntityManagerFactoryTransactor(database.factory()), CLOCK, change -> {});
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void loadWritesUnitsPeopleHistoryAndAudit() throws SQLException {
    DemoLoader.Outcome outcome = load();

    assertEquals(44, outcome.units());
    assertEquals(PEOPLE, outcome.personIds().size());
    assertEquals(44, database.count("unit"));
    assertEquals(PEOPLE, database.count("person"));
    assertEquals(outcome.historyRows(), historyRowsInDatabase());
    assertEquals(44 + PEOPLE + outcome.historyRows(), outcome.auditEntries());
    assertEquals(outcome.auditEntries(), database.count("audit_log"));
    assertEquals(
        "0",
        database.queryString(
            "SELECT COUNT(*) FROM audit_log WHERE actor <> 'hoso-demo' OR field <> '*'"));
  }

  @Test
  void closureRowsLinkEveryUnitToTheMinistry() throws SQLException {
    load();

    assertEquals(
        "44",
        database.queryString(
            "SELECT COUNT(*) FROM unit_closure c JOIN unit u ON u.id = c.ancestor_id"
                + " WHERE u.code = 'BPTDT'"));
    assertEquals("44", database.queryString("SELECT COUNT(*) FROM unit_closure WHERE depth = 0"));
  }

  @Test
  void recordServiceReadsTheLoadedPeople() throws SQLException {
    DemoLoader.Outcome outcome = load();
    long someone = outcome.personIds().get(PEOPLE / 2);

    Page<PersonSummary> page = service.findPeople(UnitScope.all(), PersonQuery.all());
    PersonDetails details = service.person(UnitScope.all(), someone);
    PersonRecord record = service.personRecord(UnitScope.all(), someone);

    assertEquals(PEOPLE, page.total());
    assertNotNull(details.unitName());
    assertEquals(details.data().fullName(), record.name().fullName());
  }

  @Test
  void leaderHasCurrentSalaryAndTerm() throws SQLException {
    DemoLoader.Outcome outcome = load();
    long deputyMinister = outcome.personIds().get(0);

    PersonDetails details = service.person(UnitScope.all(), deputyMinister);
    PersonRecord record = service.personRecord(UnitScope.all(), deputyMinister);

    assertEquals("Thứ trưởng", details.data().currentPosition());
    assertNotNull(details.currentSalary());
    assertTrue(!record.leadershipTerms().isEmpty());
  }

  @Test
  void searchFindsLoadedNameWithoutDiacritics() throws SQLException {
    DemoLoader.Outcome outcome = load();
    PersonDetails someone = service.person(UnitScope.all(), outcome.personIds().get(10));
    String folded =
        vn.hoso.records.internal.text.VietnameseCollation.fold(someone.data().fullName());

    Page<PersonSummary> found =
        service.findPeople(
            UnitScope.all(),
            new PersonQuery(
                folded,
                null,
                java.util.Set.of(),
                null,
                null,
                null,
                null,
                vn.hoso.api.personnel.PersonSort.NAME,
                false,
                0,
                100));

    assertTrue(
        found.items().stream().anyMatch(p -> p.id() == someone.id()),
        "search for '" + folded + "' missed person " + someone.id());
  }

  @Test
  void derivedNameColumnsMatchTheRecordService() throws SQLException {
    DemoLoader.Outcome outcome = load();
    long loaded = outcome.personIds().get(20);
    PersonDetails original = service.person(UnitScope.all(), loaded);
    PersonData copy =
        original.data().toBuilder()
            .version(null)
            .familyName(null)
            .middleName(null)
            .givenName(null)
            .identityNumber(null)
            .build();

    PersonDetails created =
        service.createPerson(UnitScope.all(), new ChangeContext("test", null), copy);

    assertArrayEquals(bytes("sort_key", loaded), bytes("sort_key", created.id()));
    assertEquals(text("search_key", loaded), text("search_key", created.id()));
    assertEquals(text("name_exact", loaded), text("name_exact", created.id()));
    assertEquals(tokens("person_name_token", loaded), tokens("person_name_token", created.id()));
    assertEquals(
        tokens("person_name_exact_token", loaded), tokens("person_name_exact_token", created.id()));
    assertEquals(
        triples("person_name_triple", loaded), triples("person_name_triple", created.id()));
    assertEquals(
        triples("person_name_exact_triple", loaded),
        triples("person_name_exact_triple", created.id()));
    assertFalse(triples("person_name_triple", loaded).isEmpty(), "triples of the loaded person");
  }

  @Test
  void recordServiceWritesAfterTheLoad() throws SQLException {
    load();

    var unit =
        service.createUnit(
            UnitScope.all(),
            new ChangeContext("test", null),
            new UnitData("MOI", "Đơn vị mới", "PHONG", null, true, null));

    assertTrue(unit.id() > 0);
    assertEquals(45, database.count("unit"));
  }

  @Test
  void qualityChecksFindPlantedMistakes() throws SQLException {
    load();

    QualitySummary summary = new DataQualityService(database.dataSource()).summary(UnitScope.all());

    Map<QualityCheck, Long> counts =
        summary.counts().stream()
            .collect(Collectors.toMap(QualityCount::check, QualityCount::problems));
    assertEquals(PEOPLE, summary.people());
    assertTrue(counts.get(QualityCheck.MISSING_FIELD) > 0, counts.toString());
    assertTrue(counts.get(QualityCheck.INCONSISTENT_DATES) > 0, counts.toString());
    assertTrue(counts.get(QualityCheck.LEADER_WITHOUT_TERM_END) > 0, counts.toString());
    assertTrue(counts.get(QualityCheck.LEGACY_IDENTITY_NUMBER) > 0, counts.toString());
    assertTrue(summary.peopleWithProblems() < PEOPLE / 4, counts.toString());
  }

  @Test
  void secondLoadIsRejected() throws SQLException {
    load();

    DemoLoader.DatabaseRejectedException rejected =
        assertThrows(DemoLoader.DatabaseRejectedException.class, this::load);

    assertEquals("the database already holds people", rejected.getMessage());
    assertEquals(PEOPLE, database.count("person"));
  }

  @Test
  void loadAfterDeletedDemoDataIsRejected() throws SQLException {
    load();
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      // Children before parents: the reverse of the order the writer inserts in.
      Table[] tables = Table.values();
      for (int i = tables.length - 1; i >= 0; i--) {
        if (tables[i] != Table.AUDIT_LOG) {
          statement.executeUpdate("DELETE FROM " + tables[i].tableName());
        }
      }
    }

    DemoLoader.DatabaseRejectedException rejected =
        assertThrows(DemoLoader.DatabaseRejectedException.class, this::load);

    assertTrue(rejected.getMessage().startsWith("demo data was loaded before, on 2026-03-15"));
  }

  @Test
  void databaseWithUnitsIsRejected() {
    service.createUnit(
        UnitScope.all(),
        new ChangeContext("test", null),
        new UnitData("BO", "Bộ Nội vụ", "BO", null, true, null));

    DemoLoader.DatabaseRejectedException rejected =
        assertThrows(DemoLoader.DatabaseRejectedException.class, this::load);

    assertEquals("the database already holds units", rejected.getMessage());
  }

  @Test
  void cancelledLoadLeavesNothing() {
    int[] people = {0};

    assertThrows(
        CancellationException.class,
        () -> DemoLoader.load(database.dataSource(), PEOPLE, 1, CLOCK, () -> ++people[0] > 50));

    assertEquals(0, database.count("unit"));
    assertEquals(0, database.count("person"));
    assertEquals(0, database.count("audit_log"));
  }

  @Test
  void referenceDateIsTheClocksDay() throws SQLException {
    load();

    assertEquals(
        LocalDate.now(CLOCK).getYear() - 1,
        Integer.parseInt(database.queryString("SELECT MAX(evaluation_year) FROM evaluation")));
  }

  private DemoLoader.Outcome load() throws SQLException {
    return DemoLoader.load(database.dataSource(), PEOPLE, 1, CLOCK, () -> false);
  }

  private long historyRowsInDatabase() {
    long rows = 0;
    for (Table table : Table.values()) {
      switch (table) {
        case UNIT,
            UNIT_CLOSURE,
            PERSON,
            PERSON_NAME_TOKEN,
            PERSON_NAME_EXACT_TOKEN,
            PERSON_NAME_TRIPLE,
            PERSON_NAME_EXACT_TRIPLE,
            AUDIT_LOG -> {}
        default -> rows += database.count(table.tableName());
      }
    }
    return rows;
  }

  private byte[] bytes(String column, long personId) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT " + column + " FROM person WHERE id = ?")) {
      statement.setLong(1, personId);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getBytes(1);
      }
    }
  }

  private String text(String column, long personId) {
    return database.queryString("SELECT " + column + " FROM person WHERE id = " + personId);
  }

  /** Returns the word rows of a person in a token table, in order. */
  private List<String> tokens(String table, long personId) throws SQLException {
    return column(table, "token", personId);
  }

  private List<String> triples(String table, long personId) throws SQLException {
    return column(table, "words", personId);
  }

  private List<String> column(String table, String column, long personId) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT "
                    + column
                    + " FROM "
                    + table
                    + " WHERE person_id = ? ORDER BY "
                    + column)) {
      statement.setLong(1, personId);
      try (ResultSet result = statement.executeQuery()) {
        List<String> tokens = new java.util.ArrayList<>();
        while (result.next()) {
          tokens.add(result.getString(1));
        }
        return tokens;
      }
    }
  }
}
