package vn.hoso.records.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hoso.api.personnel.AuditEntry;
import vn.hoso.api.personnel.AuditQuery;
import vn.hoso.api.personnel.ChangeContext;
import vn.hoso.api.personnel.FieldProblem;
import vn.hoso.api.personnel.OutOfScopeException;
import vn.hoso.api.personnel.Page;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.PersonDetails;
import vn.hoso.api.personnel.PersonQuery;
import vn.hoso.api.personnel.PersonSort;
import vn.hoso.api.personnel.PersonSummary;
import vn.hoso.api.personnel.RecordNotFoundException;
import vn.hoso.api.personnel.StaleVersionException;
import vn.hoso.api.personnel.UnitData;
import vn.hoso.api.personnel.UnitMoveRequest;
import vn.hoso.api.personnel.UnitView;
import vn.hoso.api.personnel.ValidationException;
import vn.hoso.api.personnel.history.DisciplineRow;
import vn.hoso.api.personnel.history.EvaluationRow;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.LeadershipTermRow;
import vn.hoso.api.personnel.history.NonCountedPeriodRow;
import vn.hoso.api.personnel.history.SalaryRow;
import vn.hoso.api.record.AppointmentKind;
import vn.hoso.api.record.DatePrecision;
import vn.hoso.api.record.DisciplineForm;
import vn.hoso.api.record.EvaluationRating;
import vn.hoso.api.record.LegalDecision;
import vn.hoso.api.record.NonCountedKind;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.record.Sex;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.records.internal.persistence.ChangeSession;
import vn.hoso.records.internal.persistence.ChangeSession.ConcurrentChangeException;
import vn.hoso.records.internal.persistence.ChangeSession.PersonChange;
import vn.hoso.records.internal.persistence.EntityManagerFactoryTransactor;
import vn.hoso.records.internal.person.PersonEntity;
import vn.hoso.records.internal.person.PersonQueries;
import vn.hoso.records.internal.testing.TestDatabase;

/**
 * The record service against a real database. Each subclass supplies one database; every test runs
 * on each, so H2 and PostgreSQL must behave alike.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RecordServiceTestBase {

  /** 15 March 2026, 10:00 in Hanoi. */
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-15T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  static final UnitScope ALL = UnitScope.all();
  static final ChangeContext OFFICER = new ChangeContext("can.bo.to.chuc", null);

  private TestDatabase database;
  private final List<PersonChange> events = new ArrayList<>();
  private RecordServiceImpl service;
  private int unitCounter;

  /**
   * Opens the database this subclass tests, once per class, or returns null to skip every test
   * after logging why.
   */
  abstract TestDatabase openDatabase();

  @BeforeAll
  void openService() {
    database = openDatabase();
    if (database == null) {
      return;
    }
    service =
        new RecordServiceImpl(
            new EntityManagerFactoryTransactor(database.factory()), CLOCK, events::add);
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
  void personRoundTripKeepsLeapDayBirthDate() {
    UnitView unit = newUnit(null);
    PersonData input =
        validPerson(unit)
            .fullName("Trần Thị Mai Anh")
            .birthDate(PartialDate.ofDay(LocalDate.of(1988, 2, 29)))
            .sex(Sex.FEMALE)
            .identityNumber("001188012345")
            .ethnicityCode("01")
            .religionCode("00")
            .homeTown("Xã Tân Ước, Hà Nội")
            .heightCm(158)
            .bloodType("O+")
            .build();

    PersonDetails created = service.createPerson(ALL, OFFICER, input);
    PersonDetails read = service.person(ALL, created.id());

    assertEquals(LocalDate.of(1988, 2, 29), read.data().birthDate().value());
    assertEquals(DatePrecision.DAY, read.data().birthDate().precision());
    assertEquals("Trần Thị Mai Anh", read.data().fullName());
    assertEquals("Trần", read.data().familyName());
    assertEquals("Thị Mai", read.data().middleName());
    assertEquals("Anh", read.data().givenName());
    assertEquals("001188012345", read.data().identityNumber());
    assertFalse(read.identityNumberLegacy());
    assertEquals("Xã Tân Ước, Hà Nội", read.data().homeTown());
    assertEquals(158, read.data().heightCm());
    assertEquals(unit.name(), read.unitName());
    assertEquals(1L, read.version());
    assertEquals(
        input.toBuilder()
            .version(1L)
            .familyName("Trần")
            .middleName("Thị Mai")
            .givenName("Anh")
            .build(),
        read.data());
  }

  @Test
  void decomposedInputIsStoredComposed() {
    UnitView unit = newUnit(null);
    String decomposed = Normalizer.normalize("  Nguyễn   Đức Hoà ", Normalizer.Form.NFD);

    PersonDetails created =
        service.createPerson(
            ALL,
            OFFICER,
            validPerson(unit)
                .fullName(decomposed)
                .birthPlace(Normalizer.normalize("Thừa Thiên Huế", Normalizer.Form.NFD))
                .build());

    PersonDetails read = service.person(ALL, created.id());
    assertEquals("Nguyễn Đức Hoà", read.data().fullName());
    assertTrue(Normalizer.isNormalized(read.data().fullName(), Normalizer.Form.NFC));
    assertEquals("Hoà", read.data().givenName());
    assertEquals("Thừa Thiên Huế", read.data().birthPlace());
    assertEquals(
        "nguyen duc hoa",
        database.queryString("SELECT search_key FROM person WHERE id = " + created.id()));
  }

  @Test
  void yearOnlyBirthDateKeepsItsPrecision() {
    UnitView unit = newUnit(null);

    PersonDetails created =
        service.createPerson(
            ALL, OFFICER, validPerson(unit).birthDate(PartialDate.ofYear(1970)).build());

    PartialDate birthDate = service.person(ALL, created.id()).data().birthDate();
    assertEquals(DatePrecision.YEAR, birthDate.precision());
    assertEquals(LocalDate.of(1970, 1, 1), birthDate.value());
    assertEquals(
        DatePrecision.YEAR, service.personRecord(ALL, created.id()).birthDate().precision());
  }

  @Test
  void correctedNamePartsAreKept() {
    UnitView unit = newUnit(null);

    PersonDetails created =
        service.createPerson(
            ALL,
            OFFICER,
            validPerson(unit)
                .fullName("Tôn Nữ Minh Châu")
                .familyName("Tôn Nữ")
                .middleName("Minh")
                .givenName("Châu")
                .sex(Sex.FEMALE)
                .build());

    assertEquals("Tôn Nữ", created.data().familyName());
    assertEquals("Minh", created.data().middleName());
    assertEquals("Châu", created.data().givenName());
  }

  @Test
  void invalidPersonListsEveryProblemAndStoresNothing() {
    UnitView unit = newUnit(null);
    long peopleBefore = database.count("person");
    long auditBefore = database.count("audit_log");
    PersonData input =
        PersonData.builder()
            .fullName("Lê Văn Bình")
            .birthDate(PartialDate.ofDay(LocalDate.of(2027, 1, 1)))
            .sex(Sex.MALE)
            .unitId(unit.id())
            .identityNumber("12345")
            .ethnicityCode("99")
            .socialInsuranceNumber("12ab")
            .heightCm(400)
            .bloodType("C")
            .build();

    ValidationException failure =
        assertThrows(ValidationException.class, () -> service.createPerson(ALL, OFFICER, input));

    assertEquals(
        Set.of(
            "category:required",
            "birthDate:birth-date-future",
            "identityNumber:identity-number-invalid",
            "ethnicityCode:unknown-code",
            "socialInsuranceNumber:social-insurance-number-invalid",
            "heightCm:out-of-range",
            "bloodType:invalid-value"),
        codes(failure));
    assertTrue(failure.problems().stream().allMatch(p -> !p.message().isBlank()));
    assertEquals(peopleBefore, database.count("person"));
    assertEquals(auditBefore, database.count("audit_log"));
    assertTrue(events.isEmpty());
  }

  @Test
  void validationMessagesAreVietnamese() {
    UnitView unit = newUnit(null);

    ValidationException failure =
        assertThrows(
            ValidationException.class,
            () ->
                service.createPerson(
                    ALL, OFFICER, validPerson(unit).identityNumber("001234567890").build()));

    FieldProblem problem = failure.problems().get(0);
    assertEquals("identity-number-mismatch", problem.code());
    assertEquals(List.of("001234567890", "085"), problem.arguments());
    assertEquals(
        "Số định danh cá nhân: “001234567890” không khớp với giới tính và năm sinh; chữ số thứ"
            + " 4 đến 6 phải là “085”.",
        problem.message());
  }

  @Test
  void implausibleBirthDateIsRejected() {
    UnitView unit = newUnit(null);

    ValidationException failure =
        assertThrows(
            ValidationException.class,
            () ->
                service.createPerson(
                    ALL,
                    OFFICER,
                    validPerson(unit)
                        .birthDate(PartialDate.ofMonth(YearMonth.of(2015, 6)))
                        .build()));

    assertEquals(Set.of("birthDate:birth-date-implausible"), codes(failure));
  }

  @Test
  void legacyIdentityNumberIsAcceptedAndFlagged() {
    UnitView unit = newUnit(null);

    PersonDetails created =
        service.createPerson(ALL, OFFICER, validPerson(unit).identityNumber("012345678").build());

    assertTrue(created.identityNumberLegacy());
    assertEquals(
        "1",
        database.queryString(
            "SELECT COUNT(*) FROM person WHERE identity_number_legacy = TRUE AND id = "
                + created.id()));
  }

  @Test
  void duplicateIdentityNumberIsRejected() {
    UnitView unit = newUnit(null);
    service.createPerson(ALL, OFFICER, validPerson(unit).identityNumber("079085000111").build());

    ValidationException failure =
        assertThrows(
            ValidationException.class,
            () ->
                service.createPerson(
                    ALL, OFFICER, validPerson(unit).identityNumber("079085000111").build()));

    assertEquals(Set.of("identityNumber:identity-number-duplicate"), codes(failure));
  }

  @Test
  void staleUpdateFailsAndChangesNothing() {
    UnitView unit = newUnit(null);
    PersonDetails created = service.createPerson(ALL, OFFICER, validPerson(unit).build());
    PersonData first = created.data();
    service.updatePerson(
        ALL, OFFICER, created.id(), first.toBuilder().jobPosition("Chuyên viên tổng hợp").build());
    long auditBefore = database.count("audit_log");

    StaleVersionException failure =
        assertThrows(
            StaleVersionException.class,
            () ->
                service.updatePerson(
                    ALL,
                    OFFICER,
                    created.id(),
                    first.toBuilder().jobPosition("Chuyên viên pháp chế").build()));

    assertEquals("person", failure.table());
    assertEquals(1L, failure.expectedVersion());
    assertEquals(2L, failure.currentVersion());
    assertEquals(
        List.of("jobPosition"), failure.changesSince().stream().map(AuditEntry::field).toList());
    PersonDetails read = service.person(ALL, created.id());
    assertEquals("Chuyên viên tổng hợp", read.data().jobPosition());
    assertEquals(2L, read.version());
    assertEquals(auditBefore, database.count("audit_log"));
  }

  @Test
  void raceLostAtFlushIsDetected() {
    UnitView unit = newUnit(null);
    PersonDetails created = service.createPerson(ALL, OFFICER, validPerson(unit).build());
    EntityManager em = database.factory().createEntityManager();
    try {
      em.getTransaction().begin();
      PersonEntity readFirst = em.find(PersonEntity.class, created.id());
      service.updatePerson(
          ALL, OFFICER, created.id(), created.data().toBuilder().jobPosition("Văn thư").build());
      readFirst.setJobPosition("Lưu trữ");
      ChangeSession session = new ChangeSession(em, ALL, OFFICER, CLOCK, new ArrayList<>());

      ConcurrentChangeException race =
          assertThrows(
              ConcurrentChangeException.class, () -> session.flush(readFirst, "person", 1L));

      assertEquals(created.id(), race.rowId());
      assertEquals(1L, race.expectedVersion());
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
    assertEquals("Văn thư", service.person(ALL, created.id()).data().jobPosition());
  }

  @Test
  void batchSourceLoadsEveryonesHistory() {
    UnitView unit = newUnit(null);
    PersonDetails first = service.createPerson(ALL, OFFICER, validPerson(unit).build());
    PersonDetails second =
        service.createPerson(
            ALL, OFFICER, validPerson(unit).fullName("Lê Thị Hoa").sex(Sex.FEMALE).build());
    service.addHistoryRow(
        ALL, OFFICER, first.id(), HistoryKind.SALARY, salary("01.003", 1, "2.34", "2017-01-01"));
    service.addHistoryRow(
        ALL, OFFICER, first.id(), HistoryKind.SALARY, salary("01.003", 2, "2.67", "2020-01-01"));
    PersonRecordSourceComponent source =
        new PersonRecordSourceComponent(new EntityManagerFactoryTransactor(database.factory()));

    List<Long> ids = source.personIds(first.id() - 1, 2);
    Map<Long, PersonRecord> loaded =
        source.load(ids).stream().collect(Collectors.toMap(PersonRecord::id, record -> record));

    assertEquals(List.of(first.id(), second.id()), ids);
    assertEquals(2, loaded.get(first.id()).salaryHistory().size());
    assertEquals(
        new BigDecimal("2.67"), loaded.get(first.id()).salaryHistory().get(1).coefficient());
    assertEquals(List.of(), loaded.get(second.id()).salaryHistory());
    assertEquals(service.personRecord(ALL, first.id()), loaded.get(first.id()));
    assertTrue(source.count() >= 2, "count " + source.count());
  }

  @Test
  void staleHistoryDeleteFails() {
    UnitView unit = newUnit(null);
    PersonDetails person = service.createPerson(ALL, OFFICER, validPerson(unit).build());
    SalaryRow row =
        service.addHistoryRow(
            ALL,
            OFFICER,
            person.id(),
            HistoryKind.SALARY,
            salary("01.003", 2, "2.67", "2020-01-01"));
    service.updateHistoryRow(
        ALL, OFFICER, person.id(), HistoryKind.SALARY, row.id(), withNote(row, "Sửa ghi chú"));

    StaleVersionException failure =
        assertThrows(
            StaleVersionException.class,
            () ->
                service.deleteHistoryRow(
                    ALL, OFFICER, person.id(), HistoryKind.SALARY, row.id(), 1L));

    assertEquals(2L, failure.currentVersion());
    assertEquals(1, service.history(ALL, person.id(), HistoryKind.SALARY).size());
  }

  @Test
  void createWritesAuditRowsWithNewValues() {
    UnitView unit = newUnit(null);

    PersonDetails created =
        service.createPerson(
            ALL, new ChangeContext("nguoi.nhap", "Tiếp nhận hồ sơ"), validPerson(unit).build());

    List<AuditEntry> entries = personAudit(created.id());
    AuditEntry fullName = entry(entries, "person", "fullName");
    assertEquals("INSERT", fullName.operation());
    assertNull(fullName.oldValue());
    assertEquals("Nguyễn Văn An", fullName.newValue());
    assertEquals("nguoi.nhap", fullName.actor());
    assertEquals("Tiếp nhận hồ sơ", fullName.reason());
    assertEquals(unit.id(), fullName.unitId());
    assertEquals(1L, fullName.rowVersion());
    assertEquals("1985-05-20", entry(entries, "person", "birthDate").newValue());
    assertTrue(entries.stream().allMatch(e -> e.changeId().equals(fullName.changeId())));
    assertTrue(entries.stream().noneMatch(e -> e.field().equals("version")));
  }

  @Test
  void updateAuditsChangedFieldsOnly() {
    UnitView unit = newUnit(null);
    PersonDetails created = service.createPerson(ALL, OFFICER, validPerson(unit).build());

    service.updatePerson(
        ALL,
        new ChangeContext("nguoi.sua", "Quyết định 12/QĐ-UBND"),
        created.id(),
        created.data().toBuilder()
            .fullName("Nguyễn Văn Ân")
            .givenName(null)
            .familyName(null)
            .middleName(null)
            .build());

    List<AuditEntry> updates =
        personAudit(created.id()).stream().filter(e -> e.operation().equals("UPDATE")).toList();
    assertEquals(
        Set.of("fullName", "givenName"),
        updates.stream().map(AuditEntry::field).collect(Collectors.toSet()));
    AuditEntry givenName = entry(updates, "person", "givenName");
    assertEquals("An", givenName.oldValue());
    assertEquals("Ân", givenName.newValue());
    assertEquals("Quyết định 12/QĐ-UBND", givenName.reason());
    assertEquals(2L, givenName.rowVersion());
  }

  @Test
  void salaryRowAuditedAndCopiedToPerson() {
    UnitView unit = newUnit(null);
    PersonDetails person = service.createPerson(ALL, OFFICER, validPerson(unit).build());

    SalaryRow stored =
        service.addHistoryRow(
            ALL, OFFICER, person.id(), HistoryKind.SALARY, salary("01.003", 3, null, "2023-04-01"));

    assertEquals("2", stored.salaryTable());
    assertEquals("A1", stored.salaryType());
    assertEquals(new BigDecimal("3.00"), stored.coefficient());
    assertEquals(LocalDate.of(2023, 4, 1), stored.countedFrom());
    List<AuditEntry> entries = personAudit(person.id());
    AuditEntry coefficient = entry(entries, "salary_history", "coefficient");
    assertEquals("3", coefficient.newValue());
    assertEquals("15/QĐ-SNV", coefficient.reason());
    assertEquals("01.003", entry(entries, "person", "rankCode").newValue());
    PersonDetails read = service.person(ALL, person.id());
    assertEquals(3, read.currentSalary().step());
    PersonSummary summary =
        service.findPeople(ALL, query(unit.id(), PersonSort.NAME)).items().get(0);
    assertEquals("01.003", summary.rankCode());
    assertEquals(3, summary.salaryStep());
    assertTrue(events.contains(new PersonChange(person.id(), "salary_history", "INSERT")));
  }

  @Test
  void salaryRowFailingTheTablesListsEveryProblem() {
    UnitView unit = newUnit(null);
    PersonDetails person = service.createPerson(ALL, OFFICER, validPerson(unit).build());
    long salaryBefore = database.count("salary_history");
    long auditBefore = database.count("audit_log");

    ValidationException wrongCoefficient =
        assertThrows(
            ValidationException.class,
            () ->
                service.addHistoryRow(
                    ALL,
                    OFFICER,
                    person.id(),
                    HistoryKind.SALARY,
                    salary("01.003", 2, "2.34", "2021-01-01")));
    ValidationException stepBeyondTheType =
        assertThrows(
            ValidationException.class,
            () ->
                service.addHistoryRow(
                    ALL,
                    OFFICER,
                    person.id(),
                    HistoryKind.SALARY,
                    salary("01.003", 10, null, "2021-01-01")));
    ValidationException severalProblems =
        assertThrows(
            ValidationException.class,
            () ->
                service.addHistoryRow(
                    ALL,
                    OFFICER,
                    person.id(),
                    HistoryKind.SALARY,
                    new SalaryRow(
                        null,
                        null,
                        "2",
                        "A3.1",
                        "01.003",
                        7,
                        null,
                        null,
                        null,
                        new BigDecimal("5"),
                        null,
                        null)));

    assertEquals(Set.of("coefficient:coefficient-mismatch"), codes(wrongCoefficient));
    assertEquals(List.of("2.34", "2.67"), wrongCoefficient.problems().get(0).arguments());
    assertEquals(Set.of("step:step-out-of-range"), codes(stepBeyondTheType));
    assertEquals(List.of("10", "2 / A1", "9"), stepBeyondTheType.problems().get(0).arguments());
    assertEquals(
        Set.of(
            "effectiveDate:required",
            "salaryType:salary-type-mismatch",
            "seniorityAllowancePercent:seniority-allowance-not-last-step"),
        codes(severalProblems));
    assertEquals(salaryBefore, database.count("salary_history"));
    assertEquals(auditBefore, database.count("audit_log"));
  }

  @Test
  void overlappingNonCountedPeriodsAreRejected() {
    UnitView unit = newUnit(null);
    PersonDetails person = service.createPerson(ALL, OFFICER, validPerson(unit).build());
    service.addHistoryRow(
        ALL,
        OFFICER,
        person.id(),
        HistoryKind.NON_COUNTED_PERIODS,
        new NonCountedPeriodRow(
            null,
            null,
            NonCountedKind.UNPAID_LEAVE,
            LocalDate.of(2022, 3, 1),
            LocalDate.of(2022, 3, 31),
            null,
            null));

    ValidationException failure =
        assertThrows(
            ValidationException.class,
            () ->
                service.addHistoryRow(
                    ALL,
                    OFFICER,
                    person.id(),
                    HistoryKind.NON_COUNTED_PERIODS,
                    new NonCountedPeriodRow(
                        null,
                        null,
                        NonCountedKind.SUSPENSION,
                        LocalDate.of(2022, 3, 31),
                        LocalDate.of(2022, 4, 10),
                        null,
                        null)));

    assertEquals(Set.of("from:period-overlap"), codes(failure));
  }

  @Test
  void termEndingBeforeItStartsIsRejected() {
    UnitView unit = newUnit(null);
    PersonDetails person = service.createPerson(ALL, OFFICER, validPerson(unit).build());

    ValidationException failure =
        assertThrows(
            ValidationException.class,
            () ->
                service.addHistoryRow(
                    ALL,
                    OFFICER,
                    person.id(),
                    HistoryKind.LEADERSHIP_TERMS,
                    new LeadershipTermRow(
                        null,
                        null,
                        "Trưởng phòng",
                        "BO.TRUONG_PHONG",
                        new BigDecimal("0.7"),
                        unit.id(),
                        AppointmentKind.FIRST,
                        LocalDate.of(2021, 6, 1),
                        LocalDate.of(2020, 6, 1),
                        null,
                        new LegalDecision("88/QĐ-BNV", LocalDate.of(2021, 5, 20), "Bộ trưởng"))));

    assertEquals(
        Set.of("termEnd:end-before-start", "allowanceCoefficient:coefficient-mismatch"),
        codes(failure));
  }

  @Test
  void ratingsAndDisciplineFormsFollowTheirPeriods() {
    UnitView unit = newUnit(null);
    PersonDetails person = service.createPerson(ALL, OFFICER, validPerson(unit).build());
    service.addHistoryRow(
        ALL,
        OFFICER,
        person.id(),
        HistoryKind.EVALUATIONS,
        new EvaluationRow(
            null, null, 2018, EvaluationRating.HOAN_THANH_HAN_CHE_NANG_LUC, null, null));

    ValidationException lateRating =
        assertThrows(
            ValidationException.class,
            () ->
                service.addHistoryRow(
                    ALL,
                    OFFICER,
                    person.id(),
                    HistoryKind.EVALUATIONS,
                    new EvaluationRow(
                        null,
                        null,
                        2021,
                        EvaluationRating.HOAN_THANH_HAN_CHE_NANG_LUC,
                        null,
                        null)));
    ValidationException abolishedForm =
        assertThrows(
            ValidationException.class,
            () ->
                service.addHistoryRow(
                    ALL,
                    OFFICER,
                    person.id(),
                    HistoryKind.DISCIPLINE,
                    new DisciplineRow(
                        null,
                        null,
                        DisciplineForm.GIANG_CHUC,
                        LocalDate.of(2025, 9, 1),
                        null,
                        null,
                        null)));
    service.addHistoryRow(
        ALL,
        OFFICER,
        person.id(),
        HistoryKind.DISCIPLINE,
        new DisciplineRow(
            null, null, DisciplineForm.GIANG_CHUC, LocalDate.of(2019, 9, 1), null, null, null));

    assertEquals(Set.of("rating:rating-not-valid-for-year"), codes(lateRating));
    assertEquals(Set.of("form:discipline-form-not-valid"), codes(abolishedForm));
    assertEquals(1, service.personRecord(ALL, person.id()).disciplines().size());
  }

  @Test
  void peopleSortInVietnameseNameOrder() {
    UnitView unit = newUnit(null);
    List<String> names =
        List.of(
            "Phạm Văn Ân",
            "Lê Thị An",
            "Đỗ Minh Anh",
            "Nguyễn Văn Đức",
            "Trần Văn Dũng",
            "Vũ Thị Ánh",
            "Hoàng An",
            "Bùi Thị Ơn",
            "Lý Văn Ôn",
            "Cao Thị On",
            "Đinh Văn Ý");
    for (String name : names) {
      service.createPerson(ALL, OFFICER, validPerson(unit).fullName(name).build());
    }

    Page<PersonSummary> page = service.findPeople(ALL, query(unit.id(), PersonSort.NAME));

    assertEquals(
        List.of(
            "Hoàng An",
            "Lê Thị An",
            "Đỗ Minh Anh",
            "Vũ Thị Ánh",
            "Phạm Văn Ân",
            "Trần Văn Dũng",
            "Nguyễn Văn Đức",
            "Cao Thị On",
            "Lý Văn Ôn",
            "Bùi Thị Ơn",
            "Đinh Văn Ý"),
        page.items().stream().map(PersonSummary::fullName).toList());
    assertEquals(names.size(), page.total());
  }

  @Test
  void searchIgnoresDiacriticsAndRanksExactFirst() {
    UnitView unit = newUnit(null);
    for (String name :
        List.of(
            "Nguyễn Văn An",
            "Nguyễn Văn Ân",
            "Trần Văn An",
            "Nguyễn Thị Hoà",
            "Lê Hòa",
            "Phạm Thị Hoa",
            "Đỗ Đức Thuý")) {
      service.createPerson(ALL, OFFICER, validPerson(unit).fullName(name).build());
    }

    assertEquals(
        List.of("Nguyễn Văn An", "Nguyễn Văn Ân"), fullNames(search(unit, "nguyen van an")));
    assertEquals(
        List.of("Nguyễn Văn Ân", "Nguyễn Văn An", "Trần Văn An"), fullNames(search(unit, "Ân")));
    assertEquals(
        List.of("Lê Hòa", "Nguyễn Thị Hoà", "Phạm Thị Hoa"), fullNames(search(unit, "Hòa")));
    assertEquals(
        List.of("Lê Hòa", "Nguyễn Thị Hoà", "Phạm Thị Hoa"), fullNames(search(unit, "Hoà")));
    assertEquals(List.of("Đỗ Đức Thuý"), fullNames(search(unit, "do duc thuy")));
    assertEquals(
        List.of("Đỗ Đức Thuý"),
        fullNames(search(unit, Normalizer.normalize("Thúy", Normalizer.Form.NFD))));
    assertEquals(0, search(unit, "Nguyễn Hoa An").total());
  }

  @Test
  void exactMatchesPageAcrossBothGroups() {
    UnitView unit = newUnit(null);
    for (String name :
        List.of("Trần Văn An", "Nguyễn Văn Ân", "Lê An", "Phạm Thị Ân", "Võ Văn Anh")) {
      service.createPerson(ALL, OFFICER, validPerson(unit).fullName(name).build());
    }

    List<String> pages = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      Page<PersonSummary> result = searchPage(unit, "Ân", page, 2);
      assertEquals(4, result.total(), "total on page " + page);
      assertTrue(result.totalExact(), "total is exact on page " + page);
      pages.add(String.join(", ", fullNames(result)));
    }

    assertEquals(List.of("Phạm Thị Ân, Nguyễn Văn Ân", "Lê An, Trần Văn An", ""), pages);
    assertEquals(List.of("Nguyễn Văn Ân"), fullNames(searchPage(unit, "Ân", 1, 1)));
    assertEquals(List.of("Lê An"), fullNames(searchPage(unit, "Ân", 2, 1)));
    assertEquals(List.of("Trần Văn An"), fullNames(searchPage(unit, "Ân", 1, 3)));
    assertEquals(List.of(), fullNames(searchPage(unit, "Ân", 5, 1)));
    assertEquals(4, searchPage(unit, "Ân", 5, 1).total());
  }

  @Test
  void exactWordsFollowRenamesAndDeletes() {
    UnitView unit = newUnit(null);
    PersonDetails person =
        service.createPerson(ALL, OFFICER, validPerson(unit).fullName("Lò Văn Páo").build());
    service.createPerson(ALL, OFFICER, validPerson(unit).fullName("Lò Văn Pảo").build());

    assertEquals(List.of("Lò Văn Páo", "Lò Văn Pảo"), fullNames(search(unit, "Páo")));
    service.updatePerson(
        ALL,
        OFFICER,
        person.id(),
        person.data().toBuilder()
            .fullName("Lò Văn Pao")
            .familyName(null)
            .middleName(null)
            .givenName(null)
            .build());

    assertEquals(List.of("Lò Văn Pảo", "Lò Văn Pao"), fullNames(search(unit, "Pảo")));
    assertEquals(List.of("Lò Văn Pao", "Lò Văn Pảo"), fullNames(search(unit, "Páo")));
    service.deletePerson(ALL, OFFICER, person.id(), service.person(ALL, person.id()).version());
    assertEquals(List.of("Lò Văn Pảo"), fullNames(search(unit, "Páo")));
  }

  @Test
  void totalStopsCountingAtTheLimit() {
    UnitView unit = newUnit(null);
    for (String name : List.of("Nguyễn An", "Nguyễn Bình", "Nguyễn Chi", "Nguyễn Dũng", "Lê Em")) {
      service.createPerson(ALL, OFFICER, validPerson(unit).fullName(name).build());
    }
    PersonQuery firstTwo =
        new PersonQuery(
            "nguyen", unit.id(), Set.of(), null, null, null, null, PersonSort.NAME, false, 0, 2);

    Page<PersonSummary> capped = findPeopleCountingUpTo(firstTwo, 3);
    Page<PersonSummary> atLimit = findPeopleCountingUpTo(firstTwo, 4);
    Page<PersonSummary> beyondLastPage =
        findPeopleCountingUpTo(
            new PersonQuery(
                "nguyen",
                unit.id(),
                Set.of(),
                null,
                null,
                null,
                null,
                PersonSort.NAME,
                false,
                9,
                2),
            3);

    assertEquals(List.of("Nguyễn An", "Nguyễn Bình"), fullNames(capped));
    assertEquals(3, capped.total());
    assertFalse(capped.totalExact());
    assertEquals(4, atLimit.total());
    assertTrue(atLimit.totalExact());
    assertEquals(List.of(), beyondLastPage.items());
    assertEquals(3, beyondLastPage.total());
    assertFalse(beyondLastPage.totalExact());
    assertEquals(4, service.findPeople(ALL, firstTwo).total());
    assertTrue(service.findPeople(ALL, firstTwo).totalExact());
  }

  @Test
  void searchFollowsRenames() {
    UnitView unit = newUnit(null);
    PersonDetails person =
        service.createPerson(ALL, OFFICER, validPerson(unit).fullName("Lò Văn Páo").build());

    service.updatePerson(
        ALL,
        OFFICER,
        person.id(),
        person.data().toBuilder()
            .fullName("Lò Văn Pảo")
            .otherNames("Pảo Lò")
            .familyName(null)
            .middleName(null)
            .givenName(null)
            .build());

    assertEquals(1, search(unit, "pao").total());
    assertEquals(List.of("Lò Văn Pảo"), fullNames(search(unit, "Pảo")));
    service.deletePerson(ALL, OFFICER, person.id(), service.person(ALL, person.id()).version());
    assertEquals(0, search(unit, "pao").total());
  }

  @Test
  void threeWordSearchFindsAnyWordOrder() {
    UnitView unit = newUnit(null);
    createNamed(unit, "Nguyễn Văn An", null);
    createNamed(unit, "Nguyễn Văn Ân", null);
    createNamed(unit, "An Văn Nguyễn", null);
    createNamed(unit, "Trần Văn Tý", "Nguyễn An");
    createNamed(unit, "Nguyễn Thị An", null);
    createNamed(unit, "Nguyễn Văn Anh", null);
    List<String> expected =
        List.of("Nguyễn Văn An", "Nguyễn Văn Ân", "An Văn Nguyễn", "Trần Văn Tý");

    assertEquals(expected, fullNames(search(unit, "an nguyen van")));
    assertEquals(expected, fullNames(search(unit, "VAN an, Nguyen")));
    assertEquals(4, search(unit, "van nguyen an").total());
    assertTrue(search(unit, "van nguyen an").totalExact());
    assertEquals(
        List.of("Trần Văn Tý", "An Văn Nguyễn", "Nguyễn Văn Ân", "Nguyễn Văn An"),
        fullNames(
            service.findPeople(
                ALL,
                new PersonQuery(
                    "an nguyen van",
                    unit.id(),
                    Set.of(),
                    null,
                    null,
                    null,
                    null,
                    PersonSort.NAME,
                    true,
                    0,
                    50))));
    assertEquals(List.of("Trần Văn Tý"), fullNames(search(unit, "an nguyen tran")));
    assertEquals(List.of("Nguyễn Thị An"), fullNames(search(unit, "an nguyen thi")));
    assertEquals(0, search(unit, "an tran thi").total());
  }

  @Test
  void threeWordSearchPagesAndCounts() {
    UnitView unit = newUnit(null);
    for (String name :
        List.of("Nguyễn Văn Bình", "Nguyễn Văn Cường", "Nguyễn Văn An", "Nguyễn Văn Dũng")) {
      createNamed(unit, name, null);
    }
    createNamed(unit, "Nguyễn Văn An Bình", null);
    createNamed(unit, "Nguyễn Văn Cường", "Bình");

    List<String> pages = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      Page<PersonSummary> result = searchPage(unit, "binh nguyen van", page, 1);
      assertEquals(3, result.total(), "total on page " + page);
      assertTrue(result.totalExact(), "total is exact on page " + page);
      pages.add(String.join(", ", fullNames(result)));
    }

    assertEquals(List.of("Nguyễn Văn Bình", "Nguyễn Văn An Bình", "Nguyễn Văn Cường"), pages);
    assertEquals(List.of(), fullNames(searchPage(unit, "binh nguyen van", 3, 1)));
    assertEquals(3, searchPage(unit, "binh nguyen van", 3, 1).total());
  }

  @Test
  void threeWordSearchInBirthDateOrder() {
    UnitView unit = newUnit(null);
    service.createPerson(
        ALL,
        OFFICER,
        validPerson(unit)
            .fullName("Nguyễn Văn An")
            .birthDate(PartialDate.ofDay(LocalDate.of(1990, 1, 1)))
            .build());
    service.createPerson(
        ALL,
        OFFICER,
        validPerson(unit)
            .fullName("An Văn Nguyễn")
            .birthDate(PartialDate.ofDay(LocalDate.of(1980, 1, 1)))
            .build());
    createNamed(unit, "Nguyễn Thị An", null);

    for (String text : List.of("nguyen van an", "Nguyễn Văn An")) {
      Page<PersonSummary> page =
          service.findPeople(
              ALL,
              new PersonQuery(
                  text,
                  unit.id(),
                  Set.of(),
                  null,
                  null,
                  null,
                  null,
                  PersonSort.BIRTH_DATE,
                  false,
                  0,
                  50));

      assertEquals(List.of("An Văn Nguyễn", "Nguyễn Văn An"), fullNames(page), text);
    }
  }

  @Test
  void fourWordSearchRequiresEveryWord() {
    UnitView unit = newUnit(null);
    for (String name :
        List.of(
            "Nguyễn Thị Thu Hà",
            "Nguyễn Thị Thu Hằng",
            "Nguyễn Thị Thu Trang",
            "Nguyễn Thị Hà",
            "Trần Thị Thu Hà",
            "Nguyễn Thu Hà")) {
      createNamed(unit, name, null);
    }
    createNamed(unit, "Lê Thị Hà", "Nguyễn Thu");

    assertEquals(
        List.of("Lê Thị Hà", "Nguyễn Thị Thu Hà"), fullNames(search(unit, "nguyen thi thu ha")));
    assertEquals(
        List.of("Lê Thị Hà", "Nguyễn Thị Thu Hà"), fullNames(search(unit, "Hà Thu Thị Nguyễn")));
    assertEquals(0, search(unit, "nguyen thi thu ha an").total());
    assertEquals(List.of("Nguyễn Thị Thu Hằng"), fullNames(search(unit, "nguyen thi thu hang")));
  }

  @Test
  void threeWordSearchRanksExactFirst() {
    UnitView unit = newUnit(null);
    for (String name :
        List.of(
            "Nguyễn Văn An",
            "Nguyễn Văn Ân",
            "Nguyễn Vân Ân",
            "Nguyễn Văn Hoa",
            "Nguyễn Văn Hòa")) {
      createNamed(unit, name, null);
    }
    String typed = "Nguyễn Văn Ân";

    assertEquals(
        List.of("Nguyễn Văn Ân", "Nguyễn Văn An", "Nguyễn Vân Ân"), fullNames(search(unit, typed)));
    assertEquals(
        List.of("Nguyễn Văn Ân", "Nguyễn Văn An", "Nguyễn Vân Ân"),
        fullNames(search(unit, Normalizer.normalize(typed, Normalizer.Form.NFD))));
    assertEquals(
        List.of("Nguyễn Văn Hòa", "Nguyễn Văn Hoa"), fullNames(search(unit, "Văn Hoà Nguyễn")));
    assertEquals(
        List.of("Nguyễn Văn Hòa", "Nguyễn Văn Hoa"), fullNames(search(unit, "Nguyễn Văn Hòa")));
    assertEquals(
        List.of("Nguyễn Văn Hoa", "Nguyễn Văn Hòa"), fullNames(search(unit, "nguyen van hoa")));
    assertEquals(List.of("Nguyễn Văn An"), fullNames(searchPage(unit, typed, 1, 1)));
    assertEquals(List.of("Nguyễn Vân Ân"), fullNames(searchPage(unit, typed, 2, 1)));
    assertEquals(3, searchPage(unit, typed, 2, 1).total());
    assertEquals(
        List.of("Nguyễn Văn An", "Nguyễn Văn Ân", "Nguyễn Vân Ân"),
        fullNames(search(unit, "Nguyen Van An")));
  }

  @Test
  void threeWordSearchReadsTripleRows() {
    UnitView unit = newUnit(null);
    PersonDetails person = createNamed(unit, "Quách Tĩnh Dung", null);
    createNamed(unit, "Lê Tĩnh Dung", "Quách");

    database.execute("DELETE FROM person_name_triple WHERE person_id = " + person.id());

    assertEquals(List.of("Lê Tĩnh Dung"), fullNames(search(unit, "quach tinh dung")));
    assertEquals(2, search(unit, "quach dung").total());
  }

  @Test
  void exactFormWithDigitRequiresFoldedWord() {
    UnitView unit = newUnit(null);
    createNamed(unit, "Nguyễn Văn À", null);
    createNamed(unit, "Nguyễn Văn A1", null);
    createNamed(unit, "Trần Vũ", null);
    createNamed(unit, "Trần Vu3", null);

    assertEquals(List.of("Nguyễn Văn À"), fullNames(search(unit, "À")));
    assertEquals(1, search(unit, "À").total());
    assertEquals(List.of("Nguyễn Văn À"), fullNames(search(unit, "Nguyễn Văn À")));
    assertEquals(List.of("Nguyễn Văn A1"), fullNames(search(unit, "Nguyễn Văn A1")));
    assertEquals(List.of("Trần Vũ"), fullNames(search(unit, "Vũ")));
    assertEquals(List.of("Trần Vu3"), fullNames(search(unit, "Trần Vu3")));
  }

  @Test
  void wordTriplesFollowRenamesAndDeletes() {
    UnitView unit = newUnit(null);
    PersonDetails person = createNamed(unit, "Lò Văn Páo", null);
    createNamed(unit, "Lò Văn Pảo", null);

    assertEquals(List.of("Lò Văn Páo", "Lò Văn Pảo"), fullNames(search(unit, "Lò Văn Páo")));
    service.updatePerson(
        ALL,
        OFFICER,
        person.id(),
        person.data().toBuilder()
            .fullName("Lò Văn Pao")
            .otherNames("Cà Pao")
            .familyName(null)
            .middleName(null)
            .givenName(null)
            .build());

    assertEquals(List.of("Lò Văn Pảo", "Lò Văn Pao"), fullNames(search(unit, "Lò Văn Pảo")));
    assertEquals(List.of("Lò Văn Pao", "Lò Văn Pảo"), fullNames(search(unit, "Lò Văn Páo")));
    assertEquals(List.of("Lò Văn Pao"), fullNames(search(unit, "ca lo pao")));
    assertEquals(List.of("Lò Văn Pao"), fullNames(search(unit, "Cà Lò Pao")));
    service.deletePerson(ALL, OFFICER, person.id(), service.person(ALL, person.id()).version());
    assertEquals(List.of("Lò Văn Pảo"), fullNames(search(unit, "Lò Văn Páo")));
    assertEquals(0, search(unit, "ca lo pao").total());
    assertEquals("0", personRows("person_name_triple", person.id()));
    assertEquals("0", personRows("person_name_exact_triple", person.id()));
  }

  @Test
  void searchFindsPersonWithoutStoredTriples() {
    UnitView unit = newUnit(null);
    PersonDetails many = createNamed(unit, "Nguyễn Văn An", "Một Hai Ba Bốn Năm Sáu Bảy Tám");
    createNamed(unit, "Nguyễn Văn Ân", null);
    createNamed(unit, "Lê Văn Tám", null);

    assertEquals(
        "*",
        database.queryString(
            "SELECT words FROM person_name_triple WHERE person_id = " + many.id()));
    assertEquals("1", personRows("person_name_triple", many.id()));
    assertEquals("0", personRows("person_name_exact_triple", many.id()));
    assertEquals(List.of("Nguyễn Văn An"), fullNames(search(unit, "an tam nguyen")));
    assertEquals(
        List.of("Nguyễn Văn An", "Nguyễn Văn Ân"), fullNames(search(unit, "nguyen van an")));
    assertEquals(
        List.of("Nguyễn Văn Ân", "Nguyễn Văn An"), fullNames(search(unit, "Nguyễn Văn Ân")));
    assertEquals(List.of("Nguyễn Văn An"), fullNames(search(unit, "Nguyễn Văn An Tám Bảy")));
    assertEquals(0, search(unit, "nguyen van an chin").total());
  }

  @Test
  void personWithTenWordsHasTriples() {
    UnitView unit = newUnit(null);
    PersonDetails ten = createNamed(unit, "Nguyễn Văn An", "Một Hai Ba Bốn Năm Sáu Bảy");

    assertEquals("120", personRows("person_name_triple", ten.id()));
    assertEquals("120", personRows("person_name_exact_triple", ten.id()));
    assertEquals(List.of("Nguyễn Văn An"), fullNames(search(unit, "bay an nguyen")));
  }

  @Test
  void peopleListFiltersAndPages() {
    UnitView parent = newUnit(null);
    UnitView child = newUnit(parent.id());
    UnitView other = newUnit(null);
    service.createPerson(ALL, OFFICER, validPerson(parent).fullName("Hồ Văn Một").build());
    service.createPerson(
        ALL,
        OFFICER,
        validPerson(child)
            .fullName("Hồ Văn Hai")
            .category(PersonCategory.VIEN_CHUC)
            .birthDate(PartialDate.ofDay(LocalDate.of(1966, 3, 16)))
            .build());
    service.createPerson(ALL, OFFICER, validPerson(child).fullName("Hồ Văn Ba").build());
    service.createPerson(ALL, OFFICER, validPerson(other).fullName("Hồ Văn Bốn").build());

    Page<PersonSummary> subtree = service.findPeople(ALL, query(parent.id(), PersonSort.NAME));
    Page<PersonSummary> firstPage =
        service.findPeople(
            ALL,
            new PersonQuery(
                null, parent.id(), Set.of(), null, null, null, null, PersonSort.NAME, false, 0, 2));
    Page<PersonSummary> vienChuc =
        service.findPeople(
            ALL,
            new PersonQuery(
                null,
                parent.id(),
                Set.of(PersonCategory.VIEN_CHUC),
                null,
                null,
                null,
                null,
                PersonSort.NAME,
                false,
                0,
                20));
    Page<PersonSummary> sixtyOrOlder =
        service.findPeople(
            ALL,
            new PersonQuery(
                null, parent.id(), Set.of(), null, 60, null, null, PersonSort.NAME, false, 0, 20));
    Page<PersonSummary> underSixty =
        service.findPeople(
            ALL,
            new PersonQuery(
                null, parent.id(), Set.of(), null, null, 59, null, PersonSort.NAME, false, 0, 20));

    assertEquals(List.of("Hồ Văn Ba", "Hồ Văn Hai", "Hồ Văn Một"), fullNames(subtree));
    assertEquals(3, firstPage.total());
    assertEquals(List.of("Hồ Văn Ba", "Hồ Văn Hai"), fullNames(firstPage));
    assertEquals(List.of("Hồ Văn Hai"), fullNames(vienChuc));
    assertEquals(List.of(), fullNames(sixtyOrOlder));
    assertEquals(3, underSixty.total());
  }

  @Test
  void scopeHidesAndProtectsOtherUnits() {
    UnitView unitA = newUnit(null);
    UnitView unitB = newUnit(null);
    PersonDetails inB = service.createPerson(ALL, OFFICER, validPerson(unitB).build());
    UnitScope officerOfA = UnitScope.subtrees(List.of(unitA.id()));

    assertThrows(RecordNotFoundException.class, () -> service.person(officerOfA, inB.id()));
    assertThrows(
        RecordNotFoundException.class,
        () -> service.history(officerOfA, inB.id(), HistoryKind.SALARY));
    assertThrows(
        RecordNotFoundException.class,
        () -> service.audit(officerOfA, AuditQuery.ofPerson(inB.id())));
    assertThrows(
        OutOfScopeException.class,
        () -> service.createPerson(officerOfA, OFFICER, validPerson(unitB).build()));
    assertThrows(
        OutOfScopeException.class,
        () -> service.createUnit(officerOfA, OFFICER, unitData("X" + unitCounter++, null)));
    assertEquals(
        0,
        service.findPeople(officerOfA, PersonQuery.all()).items().stream()
            .filter(p -> p.unitId().equals(unitB.id()))
            .count());
    assertEquals(1, service.unitTree(officerOfA).size());
    assertEquals(unitA.id(), service.unitTree(officerOfA).get(0).unit().id());
  }

  @Test
  void ownRecordScopeReadsOnlyThatPerson() {
    UnitView unit = newUnit(null);
    PersonDetails own = service.createPerson(ALL, OFFICER, validPerson(unit).build());
    PersonDetails colleague =
        service.createPerson(ALL, OFFICER, validPerson(unit).fullName("Lê Thị Hạnh").build());
    service.addHistoryRow(
        ALL, OFFICER, own.id(), HistoryKind.SALARY, salary("01.003", 1, "2.34", "2019-07-01"));
    UnitScope employee = UnitScope.ownRecord(own.id());

    assertEquals(own.id(), service.person(employee, own.id()).id());
    assertEquals(1, service.history(employee, own.id(), HistoryKind.SALARY).size());
    assertEquals(own.id(), service.personRecord(employee, own.id()).id());
    assertEquals(
        List.of(own.id()),
        service.findPeople(employee, PersonQuery.all()).items().stream()
            .map(PersonSummary::id)
            .toList());
    assertTrue(
        service.audit(employee, new AuditQuery(null, null, null, null, 0, 500)).items().stream()
            .allMatch(e -> own.id() == e.personId()));
    assertFalse(service.audit(employee, AuditQuery.ofPerson(own.id())).items().isEmpty());
    assertThrows(RecordNotFoundException.class, () -> service.person(employee, colleague.id()));
    assertThrows(
        RecordNotFoundException.class,
        () -> service.audit(employee, AuditQuery.ofPerson(colleague.id())));
    assertThrows(RecordNotFoundException.class, () -> service.unit(employee, unit.id()));
    assertEquals(List.of(), service.unitTree(employee));
    assertEquals(Set.of(), service.unitIds(employee));
  }

  @Test
  void ownRecordScopeCannotWrite() {
    UnitView unit = newUnit(null);
    PersonDetails own = service.createPerson(ALL, OFFICER, validPerson(unit).build());
    UnitScope employee = UnitScope.ownRecord(own.id());

    assertThrows(
        RecordNotFoundException.class,
        () ->
            service.updatePerson(
                employee, OFFICER, own.id(), own.data().toBuilder().otherNames("An").build()));
    assertThrows(
        RecordNotFoundException.class,
        () ->
            service.addHistoryRow(
                employee,
                OFFICER,
                own.id(),
                HistoryKind.SALARY,
                salary("01.003", 1, "2.34", "2019-07-01")));
    assertEquals(own.version(), service.person(ALL, own.id()).version());
  }

  @Test
  void unitlessPersonNeedsAllUnits() {
    UnitView unit = newUnit(null);
    PersonDetails unitless =
        service.createPerson(
            ALL, OFFICER, validPerson(unit).unitId(null).fullName("Đinh Văn Lẻ").build());
    UnitScope officer = UnitScope.subtrees(List.of(unit.id()));

    assertNull(service.person(ALL, unitless.id()).data().unitId());
    assertNull(service.person(ALL, unitless.id()).unitName());
    assertTrue(
        service.findPeople(ALL, nameQuery("Lẻ")).items().stream()
            .anyMatch(p -> p.id() == unitless.id()));
    assertThrows(RecordNotFoundException.class, () -> service.person(officer, unitless.id()));
    assertEquals(0, service.findPeople(officer, nameQuery("Lẻ")).total());
    assertThrows(
        RecordNotFoundException.class,
        () -> service.audit(officer, AuditQuery.ofPerson(unitless.id())));
    ValidationException withoutUnit =
        assertThrows(
            ValidationException.class,
            () -> service.createPerson(officer, OFFICER, validPerson(unit).unitId(null).build()));
    assertEquals(Set.of("unitId:required"), codes(withoutUnit));
  }

  @Test
  void unitIdsFollowTheScope() {
    UnitView root = newUnit(null);
    UnitView child = newUnit(root.id());
    UnitView grandchild = newUnit(child.id());
    UnitView other = newUnit(null);
    UnitScope officer = UnitScope.subtrees(List.of(child.id()));

    assertEquals(Set.of(child.id(), grandchild.id()), service.unitIds(officer));
    assertEquals(
        Set.of(root.id(), child.id(), grandchild.id()), service.subtreeUnitIds(ALL, root.id()));
    assertEquals(Set.of(grandchild.id()), service.subtreeUnitIds(officer, grandchild.id()));
    assertTrue(service.unitIds(ALL).containsAll(Set.of(root.id(), other.id())));
    assertThrows(RecordNotFoundException.class, () -> service.subtreeUnitIds(officer, root.id()));
    assertThrows(RecordNotFoundException.class, () -> service.subtreeUnitIds(officer, other.id()));
  }

  @Test
  void movedUnitTakesItsPeopleAlong() {
    UnitView oldParent = newUnit(null);
    UnitView newParent = newUnit(null);
    UnitView moved = newUnit(oldParent.id());
    UnitView below = newUnit(moved.id());
    PersonDetails person = service.createPerson(ALL, OFFICER, validPerson(below).build());

    service.moveUnit(
        ALL,
        OFFICER,
        moved.id(),
        new UnitMoveRequest(
            newParent.id(),
            LocalDate.of(2026, 3, 1),
            new LegalDecision("5/QĐ-UBND", LocalDate.of(2026, 2, 20), "Chủ tịch"),
            moved.version()));

    UnitScope newScope = UnitScope.subtrees(List.of(newParent.id()));
    UnitScope oldScope = UnitScope.subtrees(List.of(oldParent.id()));
    assertEquals(person.id(), service.person(newScope, person.id()).id());
    assertThrows(RecordNotFoundException.class, () -> service.person(oldScope, person.id()));
    assertEquals(1, service.unitMoves(ALL, moved.id()).size());
    assertEquals("5/QĐ-UBND", service.unitMoves(ALL, moved.id()).get(0).decision().number());
    ValidationException cycle =
        assertThrows(
            ValidationException.class,
            () ->
                service.moveUnit(
                    ALL,
                    OFFICER,
                    moved.id(),
                    new UnitMoveRequest(
                        below.id(), null, null, service.unit(ALL, moved.id()).version())));
    assertEquals(Set.of("newParentId:unit-cycle"), codes(cycle));
  }

  @Test
  void unitInUseCannotBeDeleted() {
    UnitView unit = newUnit(null);
    service.createPerson(ALL, OFFICER, validPerson(unit).build());

    ValidationException failure =
        assertThrows(
            ValidationException.class,
            () -> service.deleteUnit(ALL, OFFICER, unit.id(), unit.version()));

    assertEquals(Set.of("id:unit-in-use"), codes(failure));
    UnitView empty = newUnit(null);
    service.deleteUnit(ALL, OFFICER, empty.id(), empty.version());
    assertThrows(RecordNotFoundException.class, () -> service.unit(ALL, empty.id()));
  }

  @Test
  void deletedPersonLeavesAuditTrailAndNoRows() {
    UnitView unit = newUnit(null);
    PersonDetails person = service.createPerson(ALL, OFFICER, validPerson(unit).build());
    service.addHistoryRow(
        ALL, OFFICER, person.id(), HistoryKind.SALARY, salary("01.003", 1, "2.34", "2019-07-01"));
    PersonDetails current = service.person(ALL, person.id());

    service.deletePerson(ALL, OFFICER, person.id(), current.version());

    assertThrows(RecordNotFoundException.class, () -> service.person(ALL, person.id()));
    Page<AuditEntry> unitAudit =
        service.audit(ALL, new AuditQuery(unit.id(), null, null, null, 0, 200));
    Set<String> deleted =
        unitAudit.items().stream()
            .filter(e -> e.operation().equals("DELETE"))
            .map(e -> e.table() + "." + e.field())
            .collect(Collectors.toSet());
    assertTrue(deleted.contains("person.fullName"));
    assertTrue(deleted.contains("salary_history.coefficient"));
    assertEquals(
        "0",
        database.queryString(
            "SELECT COUNT(*) FROM salary_history WHERE person_id = " + person.id()));
    assertTrue(events.contains(new PersonChange(person.id(), "person", "DELETE")));
  }

  @Test
  void personRecordCarriesTheHistoryRulesRead() {
    UnitView unit = newUnit(null);
    PersonDetails person =
        service.createPerson(
            ALL, OFFICER, validPerson(unit).retirementNoticeDate(LocalDate.of(2026, 1, 5)).build());
    service.addHistoryRow(
        ALL, OFFICER, person.id(), HistoryKind.SALARY, salary("01.003", 4, "3.33", "2022-01-01"));
    service.addHistoryRow(
        ALL, OFFICER, person.id(), HistoryKind.SALARY, salary("01.003", 3, "3.00", "2019-01-01"));

    PersonRecord record = service.personRecord(ALL, person.id());

    assertEquals(2, record.salaryHistory().size());
    assertEquals(LocalDate.of(2019, 1, 1), record.salaryHistory().get(0).effectiveDate());
    assertEquals(LocalDate.of(2026, 1, 5), record.retirementNoticeDate());
    assertEquals("Nguyễn", record.name().familyName());
  }

  // --- helpers ---

  @Test
  void concurrentCreatesOfOneIdentityRejectOne() throws Exception {
    UnitView unit = newUnit(null);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 10; round++) {
        String number = String.format("001085%06d", 900_000 + round);
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Object> create =
            () -> {
              together.await();
              try {
                return service.createPerson(
                    ALL, OFFICER, validPerson(unit).identityNumber(number).build());
              } catch (RuntimeException e) {
                return e;
              }
            };

        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> outcome : pool.invokeAll(List.of(create, create))) {
          outcomes.add(outcome.get());
        }

        List<Object> failures =
            outcomes.stream().filter(outcome -> !(outcome instanceof PersonDetails)).toList();
        assertEquals(1, failures.size(), outcomes.toString());
        assertTrue(failures.get(0) instanceof ValidationException, failures.toString());
        assertEquals(
            Set.of("identityNumber:identity-number-duplicate"),
            codes((ValidationException) failures.get(0)));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  PersonDetails createNamed(UnitView unit, String fullName, String otherNames) {
    return service.createPerson(
        ALL, OFFICER, validPerson(unit).fullName(fullName).otherNames(otherNames).build());
  }

  /** Returns the number of a person's rows in a table, as the database prints it. */
  String personRows(String table, long personId) {
    return database.queryString("SELECT COUNT(*) FROM " + table + " WHERE person_id = " + personId);
  }

  UnitView newUnit(Long parentId) {
    return service.createUnit(ALL, OFFICER, unitData("DV" + (unitCounter++), parentId));
  }

  static UnitData unitData(String code, Long parentId) {
    return new UnitData(code, "Phòng " + code, "PHONG", parentId, true, null);
  }

  static PersonData.Builder validPerson(UnitView unit) {
    return PersonData.builder()
        .category(PersonCategory.CONG_CHUC)
        .fullName("Nguyễn Văn An")
        .birthDate(PartialDate.ofDay(LocalDate.of(1985, 5, 20)))
        .sex(Sex.MALE)
        .unitId(unit.id());
  }

  static SalaryRow salary(String rankCode, int step, String coefficient, String effectiveDate) {
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
        new LegalDecision("15/QĐ-SNV", LocalDate.parse(effectiveDate), "Giám đốc Sở Nội vụ"),
        null);
  }

  static SalaryRow withNote(SalaryRow row, String note) {
    return new SalaryRow(
        row.id(),
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
        note);
  }

  static PersonQuery nameQuery(String text) {
    return new PersonQuery(
        text, null, Set.of(), null, null, null, null, PersonSort.NAME, false, 0, 50);
  }

  static PersonQuery query(Long unitId, PersonSort sort) {
    return new PersonQuery(null, unitId, Set.of(), null, null, null, null, sort, false, 0, 50);
  }

  Page<PersonSummary> searchPage(UnitView unit, String text, int page, int size) {
    return service.findPeople(
        ALL,
        new PersonQuery(
            text, unit.id(), Set.of(), null, null, null, null, PersonSort.NAME, false, page, size));
  }

  /** Runs the people query as the service does, with a lower limit of counted matches. */
  Page<PersonSummary> findPeopleCountingUpTo(PersonQuery query, int countLimit) {
    EntityManager em = database.factory().createEntityManager();
    try {
      return PersonQueries.find(em, ALL, query, LocalDate.now(CLOCK), countLimit);
    } finally {
      em.close();
    }
  }

  Page<PersonSummary> search(UnitView unit, String text) {
    return service.findPeople(
        ALL,
        new PersonQuery(
            text, unit.id(), Set.of(), null, null, null, null, PersonSort.NAME, false, 0, 50));
  }

  List<AuditEntry> personAudit(long personId) {
    return service.audit(ALL, new AuditQuery(null, personId, null, null, 0, 500)).items();
  }

  static AuditEntry entry(List<AuditEntry> entries, String table, String field) {
    return entries.stream()
        .filter(e -> e.table().equals(table) && e.field().equals(field))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No audit entry for " + table + "." + field));
  }

  static Set<String> codes(ValidationException failure) {
    return failure.problems().stream()
        .map(p -> p.field() + ":" + p.code())
        .collect(Collectors.toSet());
  }

  static List<String> fullNames(Page<PersonSummary> page) {
    return page.items().stream().map(PersonSummary::fullName).toList();
  }
}
