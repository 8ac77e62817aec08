package vn.hoso.imports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hoso.api.imports.CandidateRow;
import vn.hoso.api.imports.ImportAdapter;
import vn.hoso.api.imports.ImportException;
import vn.hoso.api.imports.ImportField;
import vn.hoso.api.imports.ImportJob;
import vn.hoso.api.imports.ImportJob.Status;
import vn.hoso.api.imports.ImportJobException;
import vn.hoso.api.imports.ImportReader;
import vn.hoso.api.imports.ImportReportRow;
import vn.hoso.api.imports.ImportRequest;
import vn.hoso.api.imports.ImportTable;
import vn.hoso.api.imports.ImportUpload;
import vn.hoso.api.imports.ProbeResult;
import vn.hoso.api.personnel.AuditEntry;
import vn.hoso.api.personnel.AuditQuery;
import vn.hoso.api.personnel.ChangeContext;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.PersonQuery;
import vn.hoso.api.personnel.PersonSort;
import vn.hoso.api.personnel.PersonSummary;
import vn.hoso.api.personnel.UnitData;
import vn.hoso.api.personnel.UnitView;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.SalaryRow;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.importxlsx.internal.XlsxImportAdapter;
import vn.hoso.importxlsx.internal.XlsxImportConfig;
import vn.hoso.records.internal.persistence.EntityManagerFactoryTransactor;
import vn.hoso.records.internal.service.RecordServiceImpl;
import vn.hoso.records.internal.testing.TestDatabase;

/**
 * The import engine's jobs on the real record service, the real XLSX adapter and a real database;
 * each subclass supplies one database. Every test works in units of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ImportEngineTestBase {

  static final UnitScope ALL = UnitScope.all();
  static final String OFFICER = "can.bo.to.chuc";
  static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The day the record service validates against: no date in a file may lie after it. */
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-15T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  private static final LocalDate SALARY_DATE = LocalDate.of(2023, 4, 1);

  private final AtomicInteger counter = new AtomicInteger();
  private TestDatabase database;
  private RecordServiceImpl records;
  private ImportEngine engine;
  private Path uploads;

  abstract TestDatabase openDatabase();

  @BeforeAll
  void openEngine() throws IOException {
    database = openDatabase();
    if (database == null) {
      return;
    }
    records =
        new RecordServiceImpl(
            new EntityManagerFactoryTransactor(database.factory()), CLOCK, change -> {});
    uploads = Files.createTempDirectory("hoso-import-engine-test");
    engine = engine(50L * 1024 * 1024, new XlsxImportAdapter(xlsxConfig()));
  }

  @AfterAll
  void closeEngine() throws IOException {
    if (engine != null) {
      engine.deactivate();
    }
    if (database != null) {
      database.close();
    }
    if (uploads != null) {
      try (Stream<Path> files = Files.walk(uploads)) {
        for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  @BeforeEach
  void requireDatabase() {
    Assumptions.assumeTrue(database != null, "No database for this class; its warning says why");
  }

  // ---- dry run ---------------------------------------------------------------------------------

  @Test
  void dryRunCountsEachOutcomeAndWritesNothing() throws Exception {
    UnitView unit = newUnit();
    StaffListWorkbook.Row kept = person(unit, "Nguyễn Văn Giữ", 1980, Sex.MALE);
    StaffListWorkbook.Row moved = person(unit, "Trần Thị Đổi", 1985, Sex.FEMALE);
    commitAll(StaffLists.workbook(List.of(kept, moved)));
    long auditBefore = database.count("audit_log");

    StaffListWorkbook.Row newcomer = person(unit, "Lê Văn Mới", 1990, Sex.MALE);
    StaffListWorkbook.Row invalid =
        withIdentityNumber(person(unit, "Phạm Văn Sai", 1975, Sex.MALE), "0010750");
    byte[] file =
        StaffLists.workbook(List.of(kept, withHomeTown(moved, "Nam Định"), newcomer, invalid));

    ImportJob job = dryRun(file);

    assertEquals(1, job.report().unchangedRows(), job.report().toString());
    assertEquals(1, job.report().updatedRows(), job.report().toString());
    assertEquals(1, job.report().newRows(), job.report().toString());
    assertEquals(1, job.report().rejectedRows(), job.report().toString());
    assertFalse(job.report().written());
    assertEquals(4, job.rowsRead());
    ImportReportRow updated = reportRow(job, 5);
    assertEquals("UPDATED", updated.status());
    assertEquals(List.of("homeTown"), updated.changedFields());
    ImportReportRow rejected = reportRow(job, 7);
    assertEquals("REJECTED", rejected.status());
    assertEquals("E", rejected.problems().get(0).column());
    assertEquals(2, people(unit));
    assertEquals(auditBefore, database.count("audit_log"));
    assertEquals("Hà Nội", storedHomeTown(unit, "Trần Thị Đổi"));
  }

  @Test
  void rowWithUnknownUnitIsRejected() throws Exception {
    UnitView unit = newUnit();
    StaffListWorkbook.Row stranger =
        withUnit(person(unit, "Hoàng Văn Lạc", 1982, Sex.MALE), "KHONG-CO-DON-VI-NAY");

    ImportJob job = dryRun(StaffLists.workbook(List.of(stranger)));

    assertEquals(1, job.report().rejectedRows());
    assertEquals(RowMapper.UNIT_NOT_FOUND, reportRow(job, 4).problems().get(0).code());
    assertEquals("G", reportRow(job, 4).problems().get(0).column());
  }

  // ---- commit ----------------------------------------------------------------------------------

  @Test
  void allOrNothingCommitWritesEveryRowWithTheJobAsReason() throws Exception {
    UnitView unit = newUnit();
    byte[] file =
        StaffLists.workbook(
            List.of(
                person(unit, "Nguyễn Văn Một", 1980, Sex.MALE),
                person(unit, "Nguyễn Thị Hai", 1988, Sex.FEMALE)));
    ImportJob dryRun = dryRun(file);

    engine.commit(OFFICER, dryRun.id(), false);
    ImportJob committed = await(dryRun.id(), Status.COMMITTED);

    assertTrue(committed.report().written());
    assertEquals(2, committed.report().newRows());
    assertEquals(2, people(unit));
    for (PersonSummary person : peopleList(unit)) {
      List<AuditEntry> audit = records.audit(ALL, AuditQuery.ofPerson(person.id())).items();
      assertFalse(audit.isEmpty(), person.fullName());
      for (AuditEntry entry : audit) {
        assertEquals("Nhập từ tệp, lượt nhập " + dryRun.id(), entry.reason());
        assertEquals(OFFICER, entry.actor());
      }
      List<SalaryRow> salary = records.history(ALL, person.id(), HistoryKind.SALARY);
      assertEquals(1, salary.size(), person.fullName());
      assertEquals(SALARY_DATE, salary.get(0).effectiveDate());
    }
  }

  @Test
  void allOrNothingCommitWithRejectedRowIsRefused() throws Exception {
    UnitView unit = newUnit();
    long auditBefore = database.count("audit_log");
    byte[] file =
        StaffLists.workbook(
            List.of(
                person(unit, "Nguyễn Văn Tốt", 1980, Sex.MALE),
                withIdentityNumber(person(unit, "Nguyễn Văn Lỗi", 1981, Sex.MALE), "12")));
    ImportJob dryRun = dryRun(file);

    ImportJobException refused =
        assertThrows(ImportJobException.class, () -> engine.commit(OFFICER, dryRun.id(), false));

    assertEquals(ImportJobException.HAS_REJECTED_ROWS, refused.code());
    assertEquals(Status.DRY_RUN_DONE, engine.job(OFFICER, dryRun.id()).orElseThrow().status());
    assertEquals(0, people(unit));
    assertEquals(auditBefore, database.count("audit_log"));
  }

  @Test
  void validOnlyCommitLeavesRejectedRowsOut() throws Exception {
    UnitView unit = newUnit();
    byte[] file =
        StaffLists.workbook(
            List.of(
                person(unit, "Nguyễn Văn Tốt", 1980, Sex.MALE),
                withIdentityNumber(person(unit, "Nguyễn Văn Lỗi", 1981, Sex.MALE), "12"),
                person(unit, "Nguyễn Thị Ổn", 1983, Sex.FEMALE)));
    ImportJob dryRun = dryRun(file);

    engine.commit(OFFICER, dryRun.id(), true);
    ImportJob committed = await(dryRun.id(), Status.COMMITTED);

    assertEquals(2, committed.report().newRows());
    assertEquals(1, committed.report().rejectedRows());
    assertEquals(
        Set.of("Nguyễn Văn Tốt", "Nguyễn Thị Ổn"),
        new HashSet<>(peopleList(unit).stream().map(PersonSummary::fullName).toList()));
  }

  @Test
  void commitBeforeDryRunEndsIsRefused() throws Exception {
    UnitView unit = newUnit();
    GatedAdapter gated = new GatedAdapter(new XlsxImportAdapter(xlsxConfig()));
    ImportEngine gatedEngine = engine(50L * 1024 * 1024, gated);
    try {
      ImportJob job =
          start(
              gatedEngine,
              StaffLists.workbook(List.of(person(unit, "Vũ Văn Sớm", 1980, Sex.MALE))));

      ImportJobException refused =
          assertThrows(
              ImportJobException.class, () -> gatedEngine.commit(OFFICER, job.id(), false));

      assertEquals(ImportJobException.WRONG_STATE, refused.code());
    } finally {
      gated.release();
      gatedEngine.deactivate();
    }
    assertEquals(0, people(unit));
  }

  // ---- cancel ----------------------------------------------------------------------------------

  @Test
  void cancelDuringReadWritesNothingAndDeletesUpload() throws Exception {
    UnitView unit = newUnit();
    long auditBefore = database.count("audit_log");
    List<StaffListWorkbook.Row> rows = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      rows.add(person(unit, "Đỗ Văn Hủy", 1970 + i, Sex.MALE));
    }
    GatedAdapter gated = new GatedAdapter(new XlsxImportAdapter(xlsxConfig()));
    ImportEngine gatedEngine = engine(50L * 1024 * 1024, gated);
    try {
      ImportJob job = start(gatedEngine, StaffLists.workbook(rows));
      assertTrue(gated.firstRowRead.await(30, TimeUnit.SECONDS), "the reader never read a row");

      ImportJob cancelled = gatedEngine.cancel(OFFICER, job.id());
      gated.release();

      assertEquals(Status.CANCELLED, cancelled.status());
      assertTrue(gated.cancelled, "the engine did not cancel the adapter's reader");
      awaitNoUploads();
      assertEquals(Status.CANCELLED, gatedEngine.job(OFFICER, job.id()).orElseThrow().status());
      ImportJobException refused =
          assertThrows(ImportJobException.class, () -> gatedEngine.commit(OFFICER, job.id(), true));
      assertEquals(ImportJobException.WRONG_STATE, refused.code());
    } finally {
      gated.release();
      gatedEngine.deactivate();
    }
    assertEquals(0, people(unit));
    assertEquals(auditBefore, database.count("audit_log"));
  }

  @Test
  void cancelAfterDryRunPreventsCommit() throws Exception {
    UnitView unit = newUnit();
    ImportJob dryRun =
        dryRun(StaffLists.workbook(List.of(person(unit, "Bùi Thị Dừng", 1986, Sex.FEMALE))));

    ImportJob cancelled = engine.cancel(OFFICER, dryRun.id());

    assertEquals(Status.CANCELLED, cancelled.status());
    ImportJobException refused =
        assertThrows(ImportJobException.class, () -> engine.commit(OFFICER, dryRun.id(), false));
    assertEquals(ImportJobException.WRONG_STATE, refused.code());
    assertEquals(0, people(unit));
  }

  @Test
  void committedJobCannotBeCancelled() throws Exception {
    UnitView unit = newUnit();
    String id =
        commitAll(StaffLists.workbook(List.of(person(unit, "Bùi Văn Xong", 1986, Sex.MALE))));

    ImportJobException refused =
        assertThrows(ImportJobException.class, () -> engine.cancel(OFFICER, id));

    assertEquals(ImportJobException.WRONG_STATE, refused.code());
    assertEquals(1, people(unit));
  }

  @Test
  void otherUsersJobIsNotFound() throws Exception {
    UnitView unit = newUnit();
    ImportJob dryRun =
        dryRun(StaffLists.workbook(List.of(person(unit, "Bùi Văn Riêng", 1986, Sex.MALE))));

    assertTrue(engine.job("nguoi.khac", dryRun.id()).isEmpty());
    ImportJobException refused =
        assertThrows(
            ImportJobException.class, () -> engine.commit("nguoi.khac", dryRun.id(), false));
    assertEquals(ImportJobException.NOT_FOUND, refused.code());
    assertEquals(0, people(unit));
  }

  // ---- re-import -------------------------------------------------------------------------------

  @Test
  void reimportOfSameFileIsUnchangedAndWritesNoAudit() throws Exception {
    UnitView unit = newUnit();
    byte[] file =
        StaffLists.workbook(
            List.of(
                person(unit, "Ngô Văn Lặp", 1979, Sex.MALE),
                person(unit, "Ngô Thị Lại", 1984, Sex.FEMALE),
                person(unit, "Ngô Văn Lần", 1991, Sex.MALE)));
    commitAll(file);
    long auditBefore = database.count("audit_log");

    ImportJob again = dryRun(file);

    assertEquals(3, again.report().unchangedRows(), again.report().toString());
    assertEquals(0, again.report().newRows());
    assertEquals(0, again.report().updatedRows());
    assertEquals(0, again.report().rejectedRows());
    assertTrue(again.report().rows().isEmpty(), again.report().rows().toString());

    engine.commit(OFFICER, again.id(), false);
    await(again.id(), Status.COMMITTED);

    assertEquals(auditBefore, database.count("audit_log"));
    assertEquals(3, people(unit));
  }

  @Test
  void changedFileUpdatesOnlyWhatChanged() throws Exception {
    UnitView unit = newUnit();
    StaffListWorkbook.Row same = person(unit, "Đặng Văn Cũ", 1978, Sex.MALE);
    StaffListWorkbook.Row moved = person(unit, "Đặng Thị Quê", 1983, Sex.FEMALE);
    StaffListWorkbook.Row promoted = person(unit, "Đặng Văn Bậc", 1987, Sex.MALE);
    commitAll(StaffLists.workbook(List.of(same, moved, promoted)));
    long auditBefore = database.count("audit_log");
    StaffListWorkbook.Row nextStep =
        withSalary(promoted, 4, new BigDecimal("3.33"), LocalDate.of(2026, 1, 1));
    byte[] changed = StaffLists.workbook(List.of(same, withHomeTown(moved, "Thái Bình"), nextStep));

    ImportJob dryRun = dryRun(changed);

    assertEquals(1, dryRun.report().unchangedRows(), dryRun.report().toString());
    assertEquals(2, dryRun.report().updatedRows(), dryRun.report().toString());
    assertEquals(List.of("homeTown"), reportRow(dryRun, 5).changedFields());
    assertEquals(List.of("salary"), reportRow(dryRun, 6).changedFields());

    engine.commit(OFFICER, dryRun.id(), false);
    await(dryRun.id(), Status.COMMITTED);

    Map<String, Long> ids = idsByName(unit);
    assertEquals("Thái Bình", storedHomeTown(unit, "Đặng Thị Quê"));
    List<SalaryRow> salary = records.history(ALL, ids.get("Đặng Văn Bậc"), HistoryKind.SALARY);
    assertEquals(2, salary.size());
    long homeTownRows = auditRowsOfJob(ids.get("Đặng Thị Quê"), dryRun.id());
    long salaryRows = auditRowsOfJob(ids.get("Đặng Văn Bậc"), dryRun.id());
    assertEquals(0, auditRowsOfJob(ids.get("Đặng Văn Cũ"), dryRun.id()));
    assertTrue(homeTownRows > 0);
    assertTrue(salaryRows > 0);
    assertEquals(auditBefore + homeTownRows + salaryRows, database.count("audit_log"));
  }

  // ---- upload ----------------------------------------------------------------------------------

  @Test
  void uploadOverLimitIsRejectedAndNotStored() throws Exception {
    UnitView unit = newUnit();
    List<StaffListWorkbook.Row> rows = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      rows.add(person(unit, "Lý Văn Lớn", 1960 + i % 40, Sex.MALE));
    }
    byte[] file = StaffLists.workbook(rows);
    ImportEngine small = engine(file.length - 1, new XlsxImportAdapter(xlsxConfig()));
    try {
      ImportException rejected = assertThrows(ImportException.class, () -> start(small, file));

      assertEquals(ImportException.TOO_LARGE, rejected.code());
      assertTrue(rejected.getMessage().contains("MiB"), rejected.getMessage());
      assertEquals(0, uploadsLeft());
    } finally {
      small.deactivate();
    }
  }

  @Test
  void unreadableFileIsRejectedAndNotStored() throws Exception {
    byte[] text = "Họ và tên;Ngày sinh\n".getBytes(StandardCharsets.UTF_8);

    ImportException rejected = assertThrows(ImportException.class, () -> start(engine, text));

    assertEquals(ImportException.NOT_SUPPORTED, rejected.code());
    assertTrue(rejected.getMessage().contains("Excel (.xlsx)"), rejected.getMessage());
    assertEquals(0, uploadsLeft());
  }

  // ---- export ----------------------------------------------------------------------------------

  @Test
  void exportRoundTripsThroughImportUnchanged() throws Exception {
    UnitView parent = newUnit();
    int childNumber = counter.incrementAndGet();
    UnitView child =
        records.createUnit(
            ALL,
            change(),
            new UnitData(
                "TO-" + childNumber, "Tổ Xuất " + childNumber, "PHONG", parent.id(), true, null));
    // Stored through the record service, not through an import, so that the export alone decides
    // how each value is written.
    store(stored(parent, "Nguyễn Văn Xuất", PartialDate.ofDay(LocalDate.of(1980, 2, 29))), true);
    store(stored(child, "Trần Thị Tháng", PartialDate.ofMonth(YearMonth.of(1984, 7))), true);
    store(stored(child, "Lê Văn Năm", PartialDate.ofYear(1969)), true);
    store(
        stored(parent, "Phạm Thị Hiệu", PartialDate.ofDay(LocalDate.of(1990, 1, 5)))
            .identityNumber(null)
            .civilServantNumber("0012345"),
        true);
    store(stored(parent, "Võ Văn Lương", PartialDate.ofDay(LocalDate.of(1995, 12, 31))), false);
    store(
        stored(parent, "Đinh Công Trưởng", PartialDate.ofDay(LocalDate.of(1975, 3, 8)))
            .currentPosition("Trưởng phòng")
            .category(PersonCategory.VIEN_CHUC),
        true);
    store(
        stored(parent, "Hà Văn Cũ", PartialDate.ofDay(LocalDate.of(1965, 10, 1)))
            .identityNumber("012345678"),
        true);
    UnitScope scope = UnitScope.subtrees(List.of(parent.id()));

    ByteArrayOutputStream exported = new ByteArrayOutputStream();
    engine.exportPeople(scope, exported);
    ImportJob again =
        engine.start(
            scope,
            OFFICER,
            new ImportUpload("xuat.xlsx", XLSX_TYPE, "", Map.of()),
            new ByteArrayInputStream(exported.toByteArray()));
    ImportJob dryRun = await(again.id(), Status.DRY_RUN_DONE);

    assertEquals(7, dryRun.rowsRead());
    assertEquals(7, dryRun.report().unchangedRows(), dryRun.report().toString());
    assertEquals(0, dryRun.report().newRows(), dryRun.report().toString());
    assertEquals(0, dryRun.report().updatedRows(), dryRun.report().toString());
    assertEquals(0, dryRun.report().rejectedRows(), dryRun.report().toString());
  }

  @Test
  void newPersonInInactiveUnitIsRejected() throws Exception {
    UnitView parent = newUnit();
    int number = counter.incrementAndGet();
    UnitView closed =
        records.createUnit(
            ALL,
            change(),
            new UnitData(
                "DONG-" + number, "Tổ Giải thể " + number, "PHONG", parent.id(), false, null));

    ImportJob newcomer =
        dryRun(StaffLists.workbook(List.of(person(closed, "Lý Văn Mới", 1990, Sex.MALE))));

    assertEquals(1, newcomer.report().rejectedRows(), newcomer.report().toString());
    assertEquals(
        List.of("unit-inactive"),
        newcomer.report().rows().get(0).problems().stream().map(p -> p.code()).toList());
  }

  @Test
  void exportWritesOnlyPeopleInScope() throws Exception {
    UnitView mine = newUnit();
    UnitView other = newUnit();
    commitAll(
        StaffLists.workbook(
            List.of(
                person(mine, "Mai Văn Trong", 1980, Sex.MALE),
                person(other, "Mai Văn Ngoài", 1981, Sex.MALE))));

    ByteArrayOutputStream exported = new ByteArrayOutputStream();
    engine.exportPeople(UnitScope.subtrees(List.of(mine.id())), exported);

    List<CandidateRow> rows = read(exported.toByteArray());
    assertEquals(1, rows.size());
    assertEquals("Mai Văn Trong", rows.get(0).text(ImportField.FULL_NAME).orElseThrow());
    assertEquals(mine.code(), rows.get(0).text(ImportField.UNIT_NAME).orElseThrow());
  }

  @Test
  void exportWritesEveryFieldOfTheLayout() throws Exception {
    UnitView unit = newUnit();
    StaffListWorkbook.Row leader =
        withPosition(person(unit, "Đinh Thị Đủ", 1976, Sex.FEMALE), "Phó Trưởng phòng");
    commitAll(StaffLists.workbook(List.of(leader)));

    ByteArrayOutputStream exported = new ByteArrayOutputStream();
    engine.exportPeople(UnitScope.subtrees(List.of(unit.id())), exported);

    CandidateRow row = read(exported.toByteArray()).get(0);
    assertEquals("Đinh Thị Đủ", row.text(ImportField.FULL_NAME).orElseThrow());
    assertEquals(
        PartialDate.ofDay(LocalDate.of(1976, 6, 15)),
        row.get(ImportField.BIRTH_DATE, PartialDate.class).orElseThrow());
    assertEquals(Sex.FEMALE, row.get(ImportField.SEX, Sex.class).orElseThrow());
    assertEquals(leader.identityNumber(), row.text(ImportField.IDENTITY_NUMBER).orElseThrow());
    assertEquals(
        PersonCategory.CONG_CHUC,
        row.get(ImportField.CATEGORY, PersonCategory.class).orElseThrow());
    assertEquals("01.003", row.text(ImportField.RANK_CODE).orElseThrow());
    assertEquals(3, row.get(ImportField.SALARY_STEP, Integer.class).orElseThrow());
    assertEquals(
        0,
        new BigDecimal("3.00")
            .compareTo(row.get(ImportField.SALARY_COEFFICIENT, BigDecimal.class).orElseThrow()));
    assertEquals(
        PartialDate.ofDay(SALARY_DATE),
        row.get(ImportField.SALARY_EFFECTIVE_DATE, PartialDate.class).orElseThrow());
    assertEquals("Phó Trưởng phòng", row.text(ImportField.POSITION).orElseThrow());
    assertEquals("Hà Nội", row.text(ImportField.HOME_TOWN).orElseThrow());
    assertTrue(row.problems().isEmpty(), row.problems().toString());
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private ImportEngine engine(long maxUploadBytes, ImportAdapter adapter) {
    ImportEngine created =
        new ImportEngine(
            records,
            records,
            Configs.of(ImportEngineConfig.class, Map.of("maxUploadBytes", maxUploadBytes)),
            CLOCK,
            uploads);
    created.addAdapter(adapter);
    return created;
  }

  static XlsxImportConfig xlsxConfig() {
    return Configs.of(XlsxImportConfig.class, Map.of());
  }

  private UnitView newUnit() {
    int number = counter.incrementAndGet();
    return records.createUnit(
        ALL,
        change(),
        new UnitData("NHAP-" + number, "Phòng Nhập " + number, "PHONG", null, true, null));
  }

  /** Returns a person as an officer would enter them, with a CCCD that fits sex and birth year. */
  private PersonData.Builder stored(UnitView unit, String name, PartialDate birthDate) {
    int year = birthDate.value().getYear();
    Sex sex = name.contains(" Thị ") ? Sex.FEMALE : Sex.MALE;
    int sexDigit = (year < 2000 ? 0 : 2) + (sex == Sex.FEMALE ? 1 : 0);
    return PersonData.builder()
        .fullName(name)
        .birthDate(birthDate)
        .sex(sex)
        .category(PersonCategory.CONG_CHUC)
        .identityNumber(
            String.format("001%d%02d%06d", sexDigit, year % 100, counter.incrementAndGet()))
        .homeTown("Xã Đông Hòa, tỉnh Thái Bình")
        .unitId(unit.id());
  }

  /** Stores a person, with two salary rows of which the later one is in force, or with none. */
  private void store(PersonData.Builder person, boolean withSalary) {
    long id = records.createPerson(ALL, change(), person.build()).id();
    if (withSalary) {
      records.addHistoryRow(ALL, change(), id, HistoryKind.SALARY, salary(2, "2.67", 2020));
      records.addHistoryRow(ALL, change(), id, HistoryKind.SALARY, salary(3, "3.00", 2023));
    }
  }

  private static SalaryRow salary(int step, String coefficient, int year) {
    return new SalaryRow(
        null,
        null,
        null,
        null,
        "01.003",
        step,
        new BigDecimal(coefficient),
        LocalDate.of(year, 4, 1),
        null,
        null,
        null,
        null);
  }

  private static ChangeContext change() {
    return new ChangeContext("kiem.thu", "Dữ liệu kiểm thử nhập tệp");
  }

  /** Returns a valid person born on 15 June of the year, with a salary row of rank 01.003. */
  private StaffListWorkbook.Row person(UnitView unit, String name, int birthYear, Sex sex) {
    int century = birthYear < 2000 ? 0 : 2;
    int sexDigit = century + (sex == Sex.FEMALE ? 1 : 0);
    String identityNumber =
        String.format("001%d%02d%06d", sexDigit, birthYear % 100, counter.incrementAndGet());
    return new StaffListWorkbook.Row(
        name,
        PartialDate.ofDay(LocalDate.of(birthYear, 6, 15)),
        sex,
        identityNumber,
        null,
        unit.code(),
        PersonCategory.CONG_CHUC,
        "01.003",
        3,
        new BigDecimal("3.00"),
        SALARY_DATE,
        null,
        "Hà Nội");
  }

  private static StaffListWorkbook.Row withIdentityNumber(
      StaffListWorkbook.Row row, String number) {
    return new StaffListWorkbook.Row(
        row.fullName(),
        row.birthDate(),
        row.sex(),
        number,
        row.civilServantNumber(),
        row.unit(),
        row.category(),
        row.rankCode(),
        row.salaryStep(),
        row.salaryCoefficient(),
        row.salaryEffectiveDate(),
        row.position(),
        row.homeTown());
  }

  private static StaffListWorkbook.Row withCivilServantNumber(
      StaffListWorkbook.Row row, String number) {
    return new StaffListWorkbook.Row(
        row.fullName(),
        row.birthDate(),
        row.sex(),
        row.identityNumber(),
        number,
        row.unit(),
        row.category(),
        row.rankCode(),
        row.salaryStep(),
        row.salaryCoefficient(),
        row.salaryEffectiveDate(),
        row.position(),
        row.homeTown());
  }

  private static StaffListWorkbook.Row withUnit(StaffListWorkbook.Row row, String unit) {
    return new StaffListWorkbook.Row(
        row.fullName(),
        row.birthDate(),
        row.sex(),
        row.identityNumber(),
        row.civilServantNumber(),
        unit,
        row.category(),
        row.rankCode(),
        row.salaryStep(),
        row.salaryCoefficient(),
        row.salaryEffectiveDate(),
        row.position(),
        row.homeTown());
  }

  private static StaffListWorkbook.Row withHomeTown(StaffListWorkbook.Row row, String homeTown) {
    return new StaffListWorkbook.Row(
        row.fullName(),
        row.birthDate(),
        row.sex(),
        row.identityNumber(),
        row.civilServantNumber(),
        row.unit(),
        row.category(),
        row.rankCode(),
        row.salaryStep(),
        row.salaryCoefficient(),
        row.salaryEffectiveDate(),
        row.position(),
        homeTown);
  }

  private static StaffListWorkbook.Row withPosition(StaffListWorkbook.Row row, String position) {
    return new StaffListWorkbook.Row(
        row.fullName(),
        row.birthDate(),
        row.sex(),
        row.identityNumber(),
        row.civilServantNumber(),
        row.unit(),
        row.category(),
        row.rankCode(),
        row.salaryStep(),
        row.salaryCoefficient(),
        row.salaryEffectiveDate(),
        position,
        row.homeTown());
  }

  private static StaffListWorkbook.Row withBirthDate(StaffListWorkbook.Row row, PartialDate date) {
    return new StaffListWorkbook.Row(
        row.fullName(),
        date,
        row.sex(),
        row.identityNumber(),
        row.civilServantNumber(),
        row.unit(),
        row.category(),
        row.rankCode(),
        row.salaryStep(),
        row.salaryCoefficient(),
        row.salaryEffectiveDate(),
        row.position(),
        row.homeTown());
  }

  private static StaffListWorkbook.Row withSalary(
      StaffListWorkbook.Row row, Integer step, BigDecimal coefficient, LocalDate effective) {
    return new StaffListWorkbook.Row(
        row.fullName(),
        row.birthDate(),
        row.sex(),
        row.identityNumber(),
        row.civilServantNumber(),
        row.unit(),
        row.category(),
        step == null ? null : row.rankCode(),
        step,
        coefficient,
        effective,
        row.position(),
        row.homeTown());
  }

  private ImportJob start(ImportEngine target, byte[] file) throws ImportException {
    return target.start(
        ALL,
        OFFICER,
        new ImportUpload("danh-sach.xlsx", XLSX_TYPE, "", Map.of()),
        new ByteArrayInputStream(file));
  }

  private ImportJob dryRun(byte[] file) throws Exception {
    ImportJob started = start(engine, file);
    return await(started.id(), Status.DRY_RUN_DONE);
  }

  /** Imports a file with every row valid and returns its job id once committed. */
  private String commitAll(byte[] file) throws Exception {
    ImportJob dryRun = dryRun(file);
    assertEquals(0, dryRun.report().rejectedRows(), dryRun.report().toString());
    engine.commit(OFFICER, dryRun.id(), false);
    await(dryRun.id(), Status.COMMITTED);
    return dryRun.id();
  }

  /** Waits up to 60 seconds for a job of the main engine to reach a status. */
  private ImportJob await(String id, Status status) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    ImportJob last = null;
    while (System.nanoTime() < deadline) {
      last = engine.job(OFFICER, id).orElseThrow(() -> new AssertionError("job " + id + " gone"));
      if (last.status() == status) {
        return last;
      }
      if (last.status() == Status.FAILED || last.status() == Status.CANCELLED) {
        break;
      }
      Thread.sleep(20);
    }
    return fail("job " + id + " did not reach " + status + "; last state " + last);
  }

  private static ImportReportRow reportRow(ImportJob job, long row) {
    return job.report().rows().stream()
        .filter(candidate -> candidate.row() == row)
        .findFirst()
        .orElseThrow(() -> new AssertionError("row " + row + " not in " + job.report()));
  }

  private List<PersonSummary> peopleList(UnitView unit) {
    return records
        .findPeople(
            ALL,
            new PersonQuery(
                null,
                unit.id(),
                Set.of(),
                null,
                null,
                null,
                null,
                PersonSort.NAME,
                false,
                0,
                PersonQuery.MAX_SIZE))
        .items();
  }

  private long people(UnitView unit) {
    return peopleList(unit).size();
  }

  private Map<String, Long> idsByName(UnitView unit) {
    Map<String, Long> ids = new HashMap<>();
    peopleList(unit).forEach(person -> ids.put(person.fullName(), person.id()));
    return ids;
  }

  private String storedHomeTown(UnitView unit, String name) {
    PersonData data = records.person(ALL, idsByName(unit).get(name)).data();
    return data.homeTown();
  }

  private long auditRowsOfJob(long personId, String jobId) {
    return records.audit(ALL, AuditQuery.ofPerson(personId)).items().stream()
        .filter(entry -> ("Nhập từ tệp, lượt nhập " + jobId).equals(entry.reason()))
        .count();
  }

  private long uploadsLeft() throws IOException {
    try (Stream<Path> files = Files.list(uploads)) {
      return files.count();
    }
  }

  private void awaitNoUploads() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (uploadsLeft() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(0, uploadsLeft(), "an upload was left behind");
  }

  private static List<CandidateRow> read(byte[] file) throws ImportException {
    List<CandidateRow> rows = new ArrayList<>();
    try (ImportReader reader =
        new XlsxImportAdapter(xlsxConfig())
            .open(new ByteArrayInputStream(file), new ImportRequest("xuat.xlsx", Map.of()))) {
      Optional<CandidateRow> next = reader.next();
      while (next.isPresent()) {
        rows.add(next.get());
        next = reader.next();
      }
    }
    return rows;
  }

  /**
   * The real XLSX adapter whose reader stops after the first row until {@link #release}, so that a
   * test can act while a job is reading.
   */
  static final class GatedAdapter implements ImportAdapter {

    final CountDownLatch firstRowRead = new CountDownLatch(1);
    private final CountDownLatch gate = new CountDownLatch(1);
    private final ImportAdapter delegate;
    volatile boolean cancelled;

    GatedAdapter(ImportAdapter delegate) {
      this.delegate = delegate;
    }

    void release() {
      gate.countDown();
    }

    @Override
    public String id() {
      return delegate.id();
    }

    @Override
    public String title() {
      return delegate.title();
    }

    @Override
    public Set<String> mediaTypes() {
      return delegate.mediaTypes();
    }

    @Override
    public Set<String> extensions() {
      return delegate.extensions();
    }

    @Override
    public ProbeResult probe(byte[] head) {
      return delegate.probe(head);
    }

    @Override
    public ImportReader open(InputStream in, ImportRequest request) throws ImportException {
      ImportReader reader = delegate.open(in, request);
      return new ImportReader() {
        private int rows;

        @Override
        public ImportTable table() {
          return reader.table();
        }

        @Override
        public Optional<CandidateRow> next() throws ImportException {
          if (rows++ == 1) {
            firstRowRead.countDown();
            try {
              gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return reader.next();
        }

        @Override
        public void cancel() {
          cancelled = true;
          reader.cancel();
        }

        @Override
        public void close() {
          reader.close();
        }
      };
    }
  }
}
