package vn.hoso.records.internal.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hoso.api.personnel.AuditEntry;
import vn.hoso.api.personnel.AuditQuery;
import vn.hoso.api.personnel.ChangeContext;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.PersonDetails;
import vn.hoso.api.personnel.RecordNotFoundException;
import vn.hoso.api.personnel.StaleVersionException;
import vn.hoso.api.personnel.UnitView;
import vn.hoso.api.personnel.ValidationException;
import vn.hoso.api.personnel.change.ChangeOperation;
import vn.hoso.api.personnel.change.ChangeProposal;
import vn.hoso.api.personnel.change.ChangeRequest;
import vn.hoso.api.personnel.change.ChangeRequestException;
import vn.hoso.api.personnel.change.ChangeRequestQuery;
import vn.hoso.api.personnel.change.ChangeRequestService;
import vn.hoso.api.personnel.change.ChangeRequestStatus;
import vn.hoso.api.personnel.change.Evidence;
import vn.hoso.api.personnel.change.FieldChange;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.TrainingMode;
import vn.hoso.api.personnel.history.TrainingRow;
import vn.hoso.api.personnel.history.TrainingType;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.records.internal.persistence.ChangeSession.PersonChange;
import vn.hoso.records.internal.persistence.EntityManagerFactoryTransactor;
import vn.hoso.records.internal.testing.TestDatabase;

/**
 * The change request service against a real database, next to the record service it writes through.
 * Each subclass supplies one database; every test runs on each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ChangeRequestServiceTestBase {

  static final UnitScope ALL = UnitScope.all();
  static final ChangeContext SETUP = new ChangeContext("nhap.lieu", null);
  static final String EMPLOYEE = "nguyen.van.an";
  static final String OFFICER = "can.bo.to.chuc";

  /** The first bytes of a PDF file, enough for the type check. */
  static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

  private TestDatabase database;
  private final List<PersonChange> events = new ArrayList<>();
  private RecordServiceImpl records;
  private ChangeRequestServiceImpl requests;
  private int unitCounter;

  private UnitView unit;
  private PersonDetails person;
  private UnitScope employee;
  private UnitScope officer;

  /** Opens the database this subclass tests, or returns null to skip every test. */
  abstract TestDatabase openDatabase();

  @BeforeAll
  void openServices() {
    database = openDatabase();
    if (database == null) {
      return;
    }
    EntityManagerFactoryTransactor transactor =
        new EntityManagerFactoryTransactor(database.factory());
    records = new RecordServiceImpl(transactor, RecordServiceTestBase.CLOCK, events::add);
    requests = new ChangeRequestServiceImpl(transactor, RecordServiceTestBase.CLOCK, events::add);
  }

  @AfterAll
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @BeforeEach
  void createPersonInUnit() {
    Assumptions.assumeTrue(database != null, "No database for this class; its warning says why");
    unit =
        records.createUnit(ALL, SETUP, RecordServiceTestBase.unitData("CR" + unitCounter++, null));
    person =
        records.createPerson(
            ALL,
            SETUP,
            RecordServiceTestBase.validPerson(unit)
                .currentAddress("Số 1 Tràng Tiền, Hà Nội")
                .currentPosition("Chuyên viên")
                .build());
    employee = UnitScope.ownRecord(person.id());
    officer = UnitScope.subtrees(List.of(unit.id()));
    events.clear();
  }

  @Test
  void submittedRequestIsPending() {
    ChangeRequest submitted = submitAddressChange("Số 5 Lý Thái Tổ, Hà Nội", evidence());

    assertEquals(ChangeRequestStatus.PENDING, submitted.status());
    assertEquals(ChangeOperation.UPDATE_PERSON, submitted.operation());
    assertEquals(
        List.of(
            new FieldChange(
                "currentAddress", "Số 1 Tràng Tiền, Hà Nội", "Số 5 Lý Thái Tổ, Hà Nội")),
        submitted.changes());
    assertEquals(person.version(), submitted.baseVersion());
    assertEquals("Đã chuyển nhà", submitted.note());
    assertEquals(EMPLOYEE, submitted.submittedBy());
    assertEquals(person.data().fullName(), submitted.personName());
    assertEquals("so-ho-khau.pdf", submitted.evidence().fileName());
    assertEquals(PDF.length, submitted.evidence().sizeBytes());
    assertEquals("Số 1 Tràng Tiền, Hà Nội", currentAddress());
    assertTrue(events.isEmpty());
    assertEquals(
        List.of(submitted.id()),
        requests.find(officer, ChangeRequestQuery.pending()).items().stream()
            .map(ChangeRequest::id)
            .toList());
  }

  @Test
  void approvalAppliesChangeWithRequestIdAsReason() {
    ChangeRequest submitted = submitAddressChange("Số 5 Lý Thái Tổ, Hà Nội", null);

    ChangeRequest approved = requests.approve(officer, OFFICER, submitted.id());

    assertEquals(ChangeRequestStatus.APPROVED, approved.status());
    assertEquals(OFFICER, approved.decidedBy());
    assertNotNull(approved.decidedAt());
    assertEquals(submitted.version() + 1, approved.version());
    assertEquals("Số 5 Lý Thái Tổ, Hà Nội", currentAddress());
    AuditEntry entry = RecordServiceTestBase.entry(personAudit(), "person", "currentAddress");
    assertEquals(OFFICER, entry.actor());
    assertEquals(ChangeRequestService.auditReason(submitted.id()), entry.reason());
    assertEquals("change-request:" + submitted.id(), entry.reason());
    assertTrue(events.contains(new PersonChange(person.id(), "person", "UPDATE")));
    assertEquals(ChangeRequestStatus.APPROVED, requests.request(employee, submitted.id()).status());
  }

  @Test
  void staleApprovalLeavesRequestPending() {
    ChangeRequest submitted = submitAddressChange("Số 5 Lý Thái Tổ, Hà Nội", null);
    PersonDetails current = records.person(ALL, person.id());
    records.updatePerson(
        ALL, SETUP, person.id(), current.data().toBuilder().otherNames("Ba An").build());

    StaleVersionException stale =
        assertThrows(
            StaleVersionException.class, () -> requests.approve(officer, OFFICER, submitted.id()));

    assertEquals("person", stale.table());
    assertEquals(person.version(), stale.expectedVersion());
    assertEquals(ChangeRequestStatus.PENDING, requests.request(officer, submitted.id()).status());
    assertEquals("Số 1 Tràng Tiền, Hà Nội", currentAddress());
  }

  @Test
  void rejectionKeepsRecordAndClosesRequest() {
    ChangeRequest submitted = submitAddressChange("Số 5 Lý Thái Tổ, Hà Nội", null);

    ChangeRequest rejected =
        requests.reject(officer, OFFICER, submitted.id(), "  Thiếu giấy xác nhận cư trú ");

    assertEquals(ChangeRequestStatus.REJECTED, rejected.status());
    assertEquals("Thiếu giấy xác nhận cư trú", rejected.rejectionReason());
    assertEquals("Số 1 Tràng Tiền, Hà Nội", currentAddress());
    ChangeRequestException closed =
        assertThrows(
            ChangeRequestException.class, () -> requests.approve(officer, OFFICER, submitted.id()));
    assertEquals(ChangeRequestException.Reason.CLOSED, closed.reason());
    assertEquals(ChangeRequestStatus.REJECTED, requests.request(employee, submitted.id()).status());
  }

  @Test
  void rejectionNeedsReason() {
    ChangeRequest submitted = submitAddressChange("Số 5 Lý Thái Tổ, Hà Nội", null);

    ValidationException missing =
        assertThrows(
            ValidationException.class,
            () -> requests.reject(officer, OFFICER, submitted.id(), "  "));

    assertEquals(Set.of("rejectionReason:required"), codes(missing));
  }

  @Test
  void submitterCannotDecideOwnRequest() {
    ChangeRequest submitted = submitAddressChange("Số 5 Lý Thái Tổ, Hà Nội", null);

    ChangeRequestException own =
        assertThrows(
            ChangeRequestException.class,
            () -> requests.approve(officer, EMPLOYEE, submitted.id()));

    assertEquals(ChangeRequestException.Reason.OWN_REQUEST, own.reason());
  }

  @Test
  void restrictedFieldsAreRejected() {
    UnitView other =
        records.createUnit(
            ALL, SETUP, RecordServiceTestBase.unitData("CR-X" + unitCounter++, null));

    ValidationException unitChange =
        assertThrows(
            ValidationException.class,
            () -> submit(ChangeProposal.updatePerson(withData().unitId(other.id()).build(), null)));
    ValidationException positionChange =
        assertThrows(
            ValidationException.class,
            () ->
                submit(
                    ChangeProposal.updatePerson(
                        withData().currentPosition("Trưởng phòng").jobPosition("Lãnh đạo").build(),
                        null)));
    ValidationException salary =
        assertThrows(
            ValidationException.class,
            () ->
                submit(
                    ChangeProposal.addRow(
                        HistoryKind.SALARY,
                        RecordServiceTestBase.salary("01.003", 9, null, "2025-01-01"),
                        "Đề nghị nâng bậc")));

    assertEquals(Set.of("unitId:change-not-allowed"), codes(unitChange));
    assertEquals(
        Set.of("currentPosition:change-not-allowed", "jobPosition:change-not-allowed"),
        codes(positionChange));
    assertEquals(Set.of("kind:change-table-not-allowed"), codes(salary));
    assertTrue(
        salary.problems().get(0).message().contains("quá trình lương"),
        salary.problems().get(0).message());
    assertEquals(0, requests.find(ALL, query(person.id())).total());
  }

  @Test
  void proposalWithoutChangeIsRejected() {
    ValidationException unchanged =
        assertThrows(
            ValidationException.class,
            () ->
                submit(
                    ChangeProposal.updatePerson(
                        withData().currentAddress(" Số 1 Tràng Tiền, Hà Nội ").build(), null)));

    assertEquals(Set.of("null:no-change"), codes(unchanged));
  }

  @Test
  void invalidProposalIsRejectedAtSubmission() {
    ValidationException invalid =
        assertThrows(
            ValidationException.class,
            () ->
                submit(
                    ChangeProposal.updatePerson(
                        withData().heightCm(400).identityNumber("12345").build(), null)));

    assertEquals(
        Set.of("heightCm:out-of-range", "identityNumber:identity-number-invalid"), codes(invalid));
    assertEquals(0, requests.find(ALL, query(person.id())).total());
    assertEquals(person.version(), records.person(ALL, person.id()).version());
  }

  @Test
  void staleSubmissionIsRejected() {
    PersonDetails current = records.person(ALL, person.id());
    records.updatePerson(
        ALL, SETUP, person.id(), current.data().toBuilder().otherNames("Ba An").build());

    assertThrows(
        StaleVersionException.class,
        () ->
            submit(
                ChangeProposal.updatePerson(
                    person.data().toBuilder().currentAddress("Huế").build(), null)));
    assertEquals(0, requests.find(ALL, query(person.id())).total());
  }

  @Test
  void historyRowsAreAddedChangedAndDeleted() {
    ChangeRequest addition =
        submit(ChangeProposal.addRow(HistoryKind.TRAINING, training("Học viện Hành chính"), null));
    long rowId = requests.approve(officer, OFFICER, addition.id()).rowId();
    TrainingRow added = records.historyRow(ALL, person.id(), HistoryKind.TRAINING, rowId);
    TrainingRow renamed =
        new TrainingRow(
            added.id(),
            added.version(),
            added.type(),
            added.from(),
            added.to(),
            "Học viện Hành chính Quốc gia",
            added.field(),
            added.mode(),
            added.qualificationCode(),
            added.degree(),
            added.decision());

    ChangeRequest update =
        submit(ChangeProposal.updateRow(HistoryKind.TRAINING, rowId, renamed, null));
    requests.approve(officer, OFFICER, update.id());
    TrainingRow updated = records.historyRow(ALL, person.id(), HistoryKind.TRAINING, rowId);
    ChangeRequest deletion =
        submit(ChangeProposal.deleteRow(HistoryKind.TRAINING, rowId, updated.version(), null));
    requests.approve(officer, OFFICER, deletion.id());

    assertEquals("Học viện Hành chính", added.school());
    assertTrue(addition.changes().contains(new FieldChange("school", null, "Học viện Hành chính")));
    assertEquals(
        List.of(new FieldChange("school", "Học viện Hành chính", "Học viện Hành chính Quốc gia")),
        update.changes());
    assertEquals("Học viện Hành chính Quốc gia", updated.school());
    assertEquals(added.from(), updated.from());
    assertTrue(
        deletion
            .changes()
            .contains(new FieldChange("school", "Học viện Hành chính Quốc gia", null)));
    assertEquals(List.of(), records.history(ALL, person.id(), HistoryKind.TRAINING));
    assertTrue(
        personAudit().stream()
            .filter(e -> e.table().equals("training"))
            .allMatch(e -> e.reason().startsWith("change-request:")));
  }

  @Test
  void evidenceIsCheckedAndReturned() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    ValidationException mismatch =
        assertThrows(
            ValidationException.class,
            () -> submitAddressChange("Huế", new Evidence("a.pdf", "application/pdf", png)));
    ValidationException wrongType =
        assertThrows(
            ValidationException.class,
            () -> submitAddressChange("Huế", new Evidence("a.gif", "image/gif", png)));
    ValidationException tooLarge =
        assertThrows(
            ValidationException.class,
            () ->
                submitAddressChange(
                    "Huế",
                    new Evidence(
                        "a.pdf",
                        "application/pdf",
                        Arrays.copyOf(PDF, ChangeRequestService.EVIDENCE_MAX_BYTES + 1))));
    ChangeRequest stored =
        submitAddressChange("Huế", new Evidence("C:\\Ảnh\\giấy tờ.png", "image/PNG; q=1", png));

    assertEquals(Set.of("evidence.content:evidence-content-mismatch"), codes(mismatch));
    assertEquals(Set.of("evidence.contentType:evidence-type-not-allowed"), codes(wrongType));
    assertEquals(Set.of("evidence.content:evidence-too-large"), codes(tooLarge));
    Evidence read = requests.evidence(officer, stored.id());
    assertEquals("giấy tờ.png", read.fileName());
    assertEquals("image/png", read.contentType());
    assertArrayEquals(png, read.content());
    ChangeRequest withoutEvidence = submitAddressChange("Đà Nẵng", null);
    assertNull(withoutEvidence.evidence());
    assertThrows(
        RecordNotFoundException.class, () -> requests.evidence(officer, withoutEvidence.id()));
  }

  @Test
  void requestsFollowThePersonsScope() {
    ChangeRequest submitted = submitAddressChange("Số 5 Lý Thái Tổ, Hà Nội", evidence());
    UnitView other =
        records.createUnit(
            ALL, SETUP, RecordServiceTestBase.unitData("CR-B" + unitCounter++, null));
    PersonDetails stranger =
        records.createPerson(ALL, SETUP, RecordServiceTestBase.validPerson(other).build());
    UnitScope otherOfficer = UnitScope.subtrees(List.of(other.id()));

    assertEquals(0, requests.find(otherOfficer, query(person.id())).total());
    assertThrows(
        RecordNotFoundException.class, () -> requests.request(otherOfficer, submitted.id()));
    assertThrows(
        RecordNotFoundException.class, () -> requests.evidence(otherOfficer, submitted.id()));
    assertThrows(
        RecordNotFoundException.class,
        () -> requests.approve(otherOfficer, OFFICER, submitted.id()));
    assertThrows(
        RecordNotFoundException.class,
        () -> requests.reject(otherOfficer, OFFICER, submitted.id(), "Không thuộc đơn vị"));
    assertThrows(
        RecordNotFoundException.class, () -> requests.approve(employee, OFFICER, submitted.id()));
    assertThrows(
        RecordNotFoundException.class,
        () ->
            requests.submit(
                employee,
                EMPLOYEE,
                stranger.id(),
                ChangeProposal.addRow(HistoryKind.TRAINING, training("Đại học Huế"), null),
                null));
    assertEquals(
        List.of(submitted.id()),
        requests.find(employee, ChangeRequestQuery.pending()).items().stream()
            .map(ChangeRequest::id)
            .toList());
    assertEquals(ChangeRequestStatus.PENDING, requests.request(officer, submitted.id()).status());
  }

  // --- helpers ---

  private ChangeRequest submitAddressChange(String address, Evidence evidence) {
    return requests.submit(
        employee,
        EMPLOYEE,
        person.id(),
        ChangeProposal.updatePerson(withData().currentAddress(address).build(), "Đã chuyển nhà"),
        evidence);
  }

  private ChangeRequest submit(ChangeProposal proposal) {
    return requests.submit(employee, EMPLOYEE, person.id(), proposal, null);
  }

  /** Returns a builder with the person's current fields and version. */
  private PersonData.Builder withData() {
    return records.person(ALL, person.id()).data().toBuilder();
  }

  private String currentAddress() {
    return records.person(ALL, person.id()).data().currentAddress();
  }

  private List<AuditEntry> personAudit() {
    return records.audit(ALL, new AuditQuery(null, person.id(), null, null, 0, 500)).items();
  }

  private static Evidence evidence() {
    return new Evidence("so-ho-khau.pdf", "application/pdf", PDF);
  }

  private static TrainingRow training(String school) {
    return new TrainingRow(
        null,
        null,
        TrainingType.PROFESSIONAL,
        LocalDate.of(2015, 9, 1),
        LocalDate.of(2017, 6, 30),
        school,
        "Quản lý công",
        TrainingMode.FULL_TIME,
        null,
        "Thạc sĩ",
        null);
  }

  private static ChangeRequestQuery query(long personId) {
    return new ChangeRequestQuery(personId, null, 0, 50);
  }

  private static Set<String> codes(ValidationException failure) {
    return failure.problems().stream()
        .map(p -> p.field() + ":" + p.code())
        .collect(Collectors.toSet());
  }
}
