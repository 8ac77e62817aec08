package vn.hoso.records.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hoso.api.personnel.AuditEntry;
import vn.hoso.api.personnel.AuditQuery;
import vn.hoso.api.personnel.BulkWriteMode;
import vn.hoso.api.personnel.BulkWriteResult;
import vn.hoso.api.personnel.CandidateOutcome;
import vn.hoso.api.personnel.CandidateOutcome.Status;
import vn.hoso.api.personnel.ChangeContext;
import vn.hoso.api.personnel.PersonCandidate;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.PersonDetails;
import vn.hoso.api.personnel.PersonQuery;
import vn.hoso.api.personnel.PersonSort;
import vn.hoso.api.personnel.UnitData;
import vn.hoso.api.personnel.UnitView;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.SalaryRow;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.records.internal.bulk.BulkWriteOperations;
import vn.hoso.records.internal.persistence.ChangeSession.PersonChange;
import vn.hoso.records.internal.persistence.EntityManagerFactoryTransactor;
import vn.hoso.records.internal.testing.TestDatabase;

/** Bulk writes against a real database; each subclass supplies one database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BulkWriteTestBase {

  static final UnitScope ALL = UnitScope.all();
  static final ChangeContext IMPORT = new ChangeContext("can.bo.to.chuc", "Nhập tệp, lượt J1");

  private TestDatabase database;
  private final List<PersonChange> events = new ArrayList<>();
  private RecordServiceImpl service;
  private int unitCounter;
  private int numberCounter;

  abstract TestDatabase openDatabase();

  @BeforeAll
  void openService() {
    database = openDatabase();
    if (database != null) {
      service =
          new RecordServiceImpl(
              new EntityManagerFactoryTransactor(database.factory()),
              RecordServiceTestBase.CLOCK,
              events::add);
    }
  }

  @AfterAll
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @BeforeEach
  void requireDatabaseAndForgetEvents() {
    Assumptions.assumeTrue(database != null, "No database for this class; its warning says why");
    events.clear();
  }

  @Test
  void dryRunClassifiesAndWritesNothing() {
    UnitView unit = newUnit(null);
    PersonData known = person(unit, "Nguyễn Văn An", nextIdentityNumber()).build();
    service.createPerson(ALL, IMPORT, known);
    List<PersonCandidate> file =
        List.of(
            new PersonCandidate(5, known, null),
            new PersonCandidate(6, person(unit, "Lê Văn Bình", nextIdentityNumber()).build(), null),
            new PersonCandidate(7, person(unit, "Trần Văn Cường", "123").build(), null));
    events.clear();

    BulkWriteResult result = service.write(ALL, IMPORT, file, BulkWriteMode.DRY_RUN);

    assertFalse(result.written());
    assertEquals(1, result.count(Status.UNCHANGED));
    assertEquals(1, result.count(Status.NEW));
    assertEquals(1, result.count(Status.REJECTED));
    assertNull(result.outcomes().get(1).personId());
    CandidateOutcome rejected = result.outcomes().get(2);
    assertEquals(7, rejected.row());
    assertEquals("identityNumber", rejected.problems().get(0).field());
    assertEquals("identity-number-invalid", rejected.problems().get(0).code());
    assertTrue(rejected.problems().get(0).message().contains("không hợp lệ"));
    assertEquals(1, peopleIn(unit));
    assertTrue(events.isEmpty());
  }

  @Test
  void newPersonWithoutUnitIsRejected() {
    UnitView unit = newUnit(null);
    PersonData unitless = person(unit, "Đinh Văn Lẻ", nextIdentityNumber()).unitId(null).build();

    BulkWriteResult result =
        service.write(
            ALL, IMPORT, List.of(new PersonCandidate(4, unitless, null)), BulkWriteMode.DRY_RUN);

    assertEquals(1, result.count(Status.REJECTED));
    assertEquals("unitId", result.outcomes().get(0).problems().get(0).field());
    assertEquals("required", result.outcomes().get(0).problems().get(0).code());
  }

  @Test
  void allOrNothingWithRejectionWritesNothing() {
    UnitView unit = newUnit(null);
    List<PersonCandidate> file =
        List.of(
            new PersonCandidate(2, person(unit, "Lê Văn Bình", nextIdentityNumber()).build(), null),
            new PersonCandidate(
                3,
                person(unit, "Trần Văn Cường", nextIdentityNumber())
                    .birthDate(PartialDate.ofYear(2030))
                    .build(),
                null));

    BulkWriteResult result = service.write(ALL, IMPORT, file, BulkWriteMode.ALL_OR_NOTHING);

    assertFalse(result.written());
    assertEquals(1, result.count(Status.NEW));
    assertEquals(1, result.count(Status.REJECTED));
    assertEquals(0, peopleIn(unit));
    assertTrue(events.isEmpty());
  }

  @Test
  void validOnlyWritesValidRowsWithTheImportReason() {
    UnitView unit = newUnit(null);
    List<PersonCandidate> file =
        List.of(
            new PersonCandidate(
                2,
                person(unit, "Lê Văn Bình", nextIdentityNumber()).build(),
                salary("01.003", 3, null, "2023-04-01")),
            new PersonCandidate(
                3,
                person(unit, "Trần Văn Cường", nextIdentityNumber()).build(),
                salary("01.003", 12, null, "2023-04-01")));

    BulkWriteResult result = service.write(ALL, IMPORT, file, BulkWriteMode.VALID_ONLY);

    assertTrue(result.written());
    assertEquals(Status.NEW, result.outcomes().get(0).status());
    Long created = result.outcomes().get(0).personId();
    assertNotNull(created);
    CandidateOutcome rejected = result.outcomes().get(1);
    assertEquals(Status.REJECTED, rejected.status());
    assertEquals("salary.step", rejected.problems().get(0).field());
    assertEquals("step-out-of-range", rejected.problems().get(0).code());
    assertEquals(1, peopleIn(unit));
    assertEquals(3, service.person(ALL, created).currentSalary().step());
    List<AuditEntry> audit =
        service.audit(ALL, new AuditQuery(null, created, null, null, 0, 100)).items();
    assertFalse(audit.isEmpty());
    assertTrue(audit.stream().allMatch(entry -> "Nhập tệp, lượt J1".equals(entry.reason())));
    assertTrue(events.contains(new PersonChange(created, "person", "INSERT")));
  }

  @Test
  void reimportIsUnchangedAndChangedFileUpdatesOnlyChanges() {
    UnitView unit = newUnit(null);
    String identityNumber = nextIdentityNumber();
    PersonData first = person(unit, "Lê Văn Bình", identityNumber).homeTown("Hà Nam").build();
    List<PersonCandidate> file =
        List.of(new PersonCandidate(2, first, salary("01.003", 3, "3.00", "2023-04-01")));
    long personId =
        service.write(ALL, IMPORT, file, BulkWriteMode.ALL_OR_NOTHING).outcomes().get(0).personId();
    long auditRows = auditRows(personId);
    long version = service.person(ALL, personId).version();

    BulkWriteResult again = service.write(ALL, IMPORT, file, BulkWriteMode.ALL_OR_NOTHING);

    assertTrue(again.written());
    assertEquals(1, again.count(Status.UNCHANGED));
    assertEquals(auditRows, auditRows(personId));
    assertEquals(version, service.person(ALL, personId).version());

    PersonData changed =
        PersonData.builder()
            .fullName("Lê Văn Bình")
            .identityNumber(identityNumber)
            .homeTown("Ninh Bình")
            .build();
    List<PersonCandidate> changedFile =
        List.of(new PersonCandidate(2, changed, salary("01.003", 4, null, "2023-04-01")));

    BulkWriteResult update = service.write(ALL, IMPORT, changedFile, BulkWriteMode.ALL_OR_NOTHING);

    CandidateOutcome outcome = update.outcomes().get(0);
    assertEquals(Status.UPDATED, outcome.status());
    assertEquals(List.of("homeTown", "salary"), outcome.changedFields());
    PersonDetails read = service.person(ALL, personId);
    assertEquals("Ninh Bình", read.data().homeTown());
    assertEquals(Sex.MALE, read.data().sex());
    assertEquals(4, read.currentSalary().step());
    assertEquals(1, service.history(ALL, personId, HistoryKind.SALARY).size());
  }

  @Test
  void civilServantNumberMatchesWithoutIdentityNumber() {
    UnitView unit = newUnit(null);
    PersonDetails stored =
        service.createPerson(
            ALL, IMPORT, person(unit, "Lê Văn Bình", null).civilServantNumber("CS-77").build());
    PersonData candidate =
        PersonData.builder().fullName("Lê Văn Bình").civilServantNumber("CS-77").build();

    BulkWriteResult result =
        service.write(
            ALL, IMPORT, List.of(new PersonCandidate(4, candidate, null)), BulkWriteMode.DRY_RUN);

    assertEquals(Status.UNCHANGED, result.outcomes().get(0).status());
    assertEquals(stored.id(), result.outcomes().get(0).personId());
  }

  @Test
  void sameNumberTwiceInFileIsRejected() {
    UnitView unit = newUnit(null);
    String identityNumber = nextIdentityNumber();
    List<PersonCandidate> file =
        List.of(
            new PersonCandidate(2, person(unit, "Lê Văn Bình", identityNumber).build(), null),
            new PersonCandidate(3, person(unit, "Lê Văn Bính", identityNumber).build(), null));

    BulkWriteResult result = service.write(ALL, IMPORT, file, BulkWriteMode.DRY_RUN);

    assertEquals(Status.NEW, result.outcomes().get(0).status());
    assertEquals("duplicate-in-file", result.outcomes().get(1).problems().get(0).code());
  }

  @Test
  void personOutsideScopeIsRejected() {
    UnitView own = newUnit(null);
    UnitView other = newUnit(null);
    PersonData stranger = person(other, "Lê Văn Bình", nextIdentityNumber()).build();
    service.createPerson(ALL, IMPORT, stranger);
    PersonData candidate = stranger.toBuilder().unitId(own.id()).homeTown("Huế").build();

    BulkWriteResult result =
        service.write(
            UnitScope.subtrees(Set.of(own.id())),
            IMPORT,
            List.of(new PersonCandidate(2, candidate, null)),
            BulkWriteMode.VALID_ONLY);

    assertFalse(result.written());
    CandidateOutcome outcome = result.outcomes().get(0);
    assertEquals(Status.REJECTED, outcome.status());
    assertEquals("person-out-of-scope", outcome.problems().get(0).code());
    assertNull(outcome.personId());
  }

  @Test
  void newPersonMatchesSingleWrite() {
    UnitView unit = newUnit(null);
    String singleNumber = nextIdentityNumber();
    String bulkNumber = nextIdentityNumber();
    SalaryRow salary = salary("01.003", 3, null, "2023-04-01");
    PersonDetails single = service.createPerson(ALL, IMPORT, fullRecord(unit, singleNumber));
    service.addHistoryRow(ALL, IMPORT, single.id(), HistoryKind.SALARY, salary);
    Set<String> singleEvents = eventsOf(single.id());
    events.clear();

    BulkWriteResult result =
        service.write(
            ALL,
            IMPORT,
            List.of(new PersonCandidate(2, fullRecord(unit, bulkNumber), salary)),
            BulkWriteMode.ALL_OR_NOTHING);

    long bulkId = result.outcomes().get(0).personId();
    PersonDetails expected = service.person(ALL, single.id());
    PersonDetails actual = service.person(ALL, bulkId);
    assertEquals(expected.data(), actual.data().toBuilder().identityNumber(singleNumber).build());
    assertEquals(2, actual.version());
    assertEquals(expected.currentSalary(), actual.currentSalary());
    assertEquals(expected.unitName(), actual.unitName());
    assertEquals(
        withoutIds(service.history(ALL, single.id(), HistoryKind.SALARY)),
        withoutIds(service.history(ALL, bulkId, HistoryKind.SALARY)));
    assertEquals(auditLines(single.id(), singleNumber, bulkNumber), auditLines(bulkId, null, null));
    assertEquals(singleEvents, eventsOf(bulkId));
    assertEquals(
        List.of(single.id(), bulkId),
        service
            .findPeople(
                ALL,
                new PersonQuery(
                    "pham thi hoa",
                    unit.id(),
                    Set.of(),
                    null,
                    null,
                    null,
                    null,
                    PersonSort.NAME,
                    false,
                    0,
                    50))
            .items()
            .stream()
            .map(summary -> summary.id())
            .sorted()
            .toList());
  }

  @Test
  void escapedTextMatchesSingleWrite() {
    UnitView unit = newUnit(null);
    String singleNumber = nextIdentityNumber();
    String bulkNumber = nextIdentityNumber();
    PersonData.Builder awkward =
        person(unit, "Vũ Văn Tâm", null)
            .homeTown("Thôn 1\tXã Yên Hòa\nHuyện \\ Yên Mô")
            .jobPosition("C:\\Văn thư\r\nLưu trữ");
    PersonDetails single =
        service.createPerson(ALL, IMPORT, awkward.identityNumber(singleNumber).build());

    long bulkId =
        service
            .write(
                ALL,
                IMPORT,
                List.of(new PersonCandidate(2, awkward.identityNumber(bulkNumber).build(), null)),
                BulkWriteMode.ALL_OR_NOTHING)
            .outcomes()
            .get(0)
            .personId();

    PersonData stored = service.person(ALL, bulkId).data();
    assertEquals(single.data(), stored.toBuilder().identityNumber(singleNumber).build());
    assertTrue(stored.homeTown().contains("\t"));
    assertTrue(stored.homeTown().contains("\\"));
  }

  @Test
  void candidatesOfSeveralChunksAreMatchedAndWritten() {
    UnitView unit = newUnit(null);
    int count = BulkWriteOperations.CHUNK + 10;
    List<PersonCandidate> file = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      file.add(
          new PersonCandidate(
              i + 2,
              person(unit, "Lê Văn Bình", nextIdentityNumber()).build(),
              salary("01.003", 1 + i % 9, null, "2023-04-01")));
    }

    BulkWriteResult first = service.write(ALL, IMPORT, file, BulkWriteMode.ALL_OR_NOTHING);

    assertEquals(count, first.count(Status.NEW));
    assertEquals(count, first.outcomes().stream().map(o -> o.personId()).distinct().count());
    assertEquals(count, peopleIn(unit));

    int lastChunk = BulkWriteOperations.CHUNK + 3;
    List<PersonCandidate> changed = new ArrayList<>(file);
    for (int index : List.of(0, lastChunk)) {
      PersonCandidate candidate = file.get(index);
      changed.set(
          index,
          new PersonCandidate(
              candidate.row(),
              candidate.person().toBuilder().homeTown("Thái Bình").build(),
              candidate.salary()));
    }

    BulkWriteResult second = service.write(ALL, IMPORT, changed, BulkWriteMode.ALL_OR_NOTHING);

    assertEquals(2, second.count(Status.UPDATED));
    assertEquals(count - 2, second.count(Status.UNCHANGED));
    assertEquals(Status.UPDATED, second.outcomes().get(lastChunk).status());
    assertEquals(
        first.outcomes().get(lastChunk).personId(), second.outcomes().get(lastChunk).personId());
    assertEquals(
        "Thái Bình",
        service.person(ALL, second.outcomes().get(lastChunk).personId()).data().homeTown());
  }

  @Test
  void releasedNumberIsFreeLater() {
    UnitView unit = newUnit(null);
    String oldNumber = nextIdentityNumber();
    String newNumber = nextIdentityNumber();
    PersonDetails stored =
        service.createPerson(
            ALL,
            IMPORT,
            person(unit, "Lê Văn Bình", oldNumber).civilServantNumber("CS-91").build());
    PersonData renumbered =
        PersonData.builder().civilServantNumber("CS-91").identityNumber(newNumber).build();
    PersonData newcomer = person(unit, "Trần Văn Cường", oldNumber).build();

    BulkWriteResult result =
        service.write(
            ALL,
            IMPORT,
            List.of(
                new PersonCandidate(2, renumbered, null), new PersonCandidate(3, newcomer, null)),
            BulkWriteMode.ALL_OR_NOTHING);

    assertTrue(result.written());
    assertEquals(Status.UPDATED, result.outcomes().get(0).status());
    assertEquals(stored.id(), result.outcomes().get(0).personId());
    assertEquals(Status.NEW, result.outcomes().get(1).status());
    assertEquals(newNumber, service.person(ALL, stored.id()).data().identityNumber());
    assertEquals(
        oldNumber,
        service.person(ALL, result.outcomes().get(1).personId()).data().identityNumber());
  }

  /** Returns a person with many fields and other names set, so that every derived column counts. */
  private static PersonData fullRecord(UnitView unit, String identityNumber) {
    return person(unit, "Phạm  Thị Hòa", identityNumber)
        .otherNames("Hoà Phạm")
        .ethnicityCode("01")
        .homeTown("Xã Đông Hòa, tỉnh Thái Bình")
        .civilServantNumber(null)
        .jobPosition(" Chuyên viên ")
        .recruitmentDate(LocalDate.of(2010, 3, 1))
        .heightCm(160)
        .build();
  }

  private static List<SalaryRow> withoutIds(List<SalaryRow> rows) {
    return rows.stream()
        .map(
            row ->
                new SalaryRow(
                    null,
                    row.version(),
                    row.salaryTable(),
                    row.salaryType(),
                    row.rankCode(),
                    row.step(),
                    row.coefficient(),
                    row.effectiveDate(),
                    row.countedFrom(),
                    row.seniorityAllowancePercent(),
                    row.decision(),
                    row.note()))
        .toList();
  }

  /**
   * Returns the person's audit entries as sorted lines without row ids, with the identity number
   * {@code from} written as {@code to}.
   */
  private List<String> auditLines(long personId, String from, String to) {
    return service.audit(ALL, new AuditQuery(null, personId, null, null, 0, 500)).items().stream()
        .map(
            entry ->
                String.join(
                    "|",
                    entry.table(),
                    entry.operation(),
                    String.valueOf(entry.rowVersion()),
                    entry.field(),
                    String.valueOf(entry.oldValue()),
                    from != null && from.equals(entry.newValue())
                        ? to
                        : String.valueOf(entry.newValue()),
                    entry.reason(),
                    entry.actor()))
        .sorted()
        .toList();
  }

  private Set<String> eventsOf(long personId) {
    Set<String> tablesAndOperations = new TreeSet<>();
    for (PersonChange change : events) {
      if (change.personId() == personId) {
        tablesAndOperations.add(change.table() + " " + change.operation());
      }
    }
    return tablesAndOperations;
  }

  private UnitView newUnit(Long parentId) {
    String code = "BW" + (unitCounter++);
    return service.createUnit(
        ALL, IMPORT, new UnitData(code, "Phòng " + code, "PHONG", parentId, true, null));
  }

  /** Returns a valid identity number of a man born in 1985: digit 4 is 0, digits 5 and 6 are 85. */
  private String nextIdentityNumber() {
    return String.format("001085%06d", ++numberCounter);
  }

  private static PersonData.Builder person(UnitView unit, String fullName, String identityNumber) {
    return PersonData.builder()
        .category(PersonCategory.CONG_CHUC)
        .fullName(fullName)
        .birthDate(PartialDate.ofDay(LocalDate.of(1985, 5, 20)))
        .sex(Sex.MALE)
        .identityNumber(identityNumber)
        .unitId(unit.id());
  }

  private static SalaryRow salary(
      String rankCode, int step, String coefficient, String effectiveDate) {
    return new SalaryRow(
        null,
        null,
        null,
        null,
        rankCode,
        step,
        coefficient == null ? null : new BigDecimal(coefficient),
        LocalDate.parse(effectiveDate),
        null,
        null,
        null,
        null);
  }

  private long peopleIn(UnitView unit) {
    return service
        .findPeople(
            ALL,
            new PersonQuery(
                null, unit.id(), Set.of(), null, null, null, null, PersonSort.NAME, false, 0, 50))
        .total();
  }

  private long auditRows(long personId) {
    return service.audit(ALL, new AuditQuery(null, personId, null, null, 0, 500)).total();
  }
}
