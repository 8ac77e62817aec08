package vn.hoso.records.internal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hoso.api.personnel.ChangeContext;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.RecordNotFoundException;
import vn.hoso.api.personnel.UnitData;
import vn.hoso.api.personnel.UnitView;
import vn.hoso.api.personnel.history.EvaluationRow;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.LeadershipTermRow;
import vn.hoso.api.personnel.history.MembershipRow;
import vn.hoso.api.personnel.history.Organisation;
import vn.hoso.api.personnel.history.SalaryRow;
import vn.hoso.api.quality.PersonQuality;
import vn.hoso.api.quality.QualityCheck;
import vn.hoso.api.quality.QualityCount;
import vn.hoso.api.quality.QualityProblem;
import vn.hoso.api.quality.QualitySummary;
import vn.hoso.api.quality.UnitQuality;
import vn.hoso.api.quality.UnitQualityCount;
import vn.hoso.api.record.AppointmentKind;
import vn.hoso.api.record.EvaluationRating;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.records.internal.lookup.RecordLookupService;
import vn.hoso.records.internal.persistence.EntityManagerFactoryTransactor;
import vn.hoso.records.internal.service.RecordServiceImpl;
import vn.hoso.records.internal.testing.TestDatabase;

/**
 * The data-quality checks on a real database with planted problems. People are written through the
 * record service, and the problems that its validation would reject are planted afterwards with
 * SQL, as old data or imports leave them. Each subclass supplies one database; H2 and PostgreSQL
 * must return the same results.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DataQualityTestBase {

  /** 15 March 2026, 10:00 in Hanoi. */
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-15T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  static final UnitScope ALL = UnitScope.all();
  static final ChangeContext CHANGE = new ChangeContext("test", null);

  private TestDatabase database;
  private RecordServiceImpl records;
  private DataQualityService quality;
  private RecordLookupService lookup;

  private UnitView ministry;
  private UnitView office;
  private UnitView otherMinistry;
  private UnitView dissolved;

  private long clean;
  private long missingHomeTownAndSalary;
  private long worker;
  private long recruitedAt16;
  private long inconsistentHistory;
  private long wrongSalary;
  private long oldSalary;
  private long leaderWithoutTerm;
  private long leaderWithEndedTerm;
  private long leaderWithTerm;
  private long stranded;
  private long unitless;
  private long duplicateInOffice;
  private long duplicateElsewhere;

  private long inconsistentSalaryRow;
  private long wrongCoefficientRow;
  private long wrongStepRow;
  private long wrongTypeRow;

  private int serial;

  /** Opens the database this subclass tests, or returns null to skip after logging why. */
  abstract TestDatabase openDatabase();

  @BeforeAll
  void plantProblems() throws SQLException {
    database = openDatabase();
    if (database == null) {
      return;
    }
    records =
        new RecordServiceImpl(
            new EntityManagerFactoryTransactor(database.factory()), CLOCK, change -> {});
    quality = new DataQualityService(database.dataSource());
    lookup = new RecordLookupService(database.dataSource());

    ministry = unit("BO", "Bộ Thử nghiệm", "BO", null);
    office = unit("BO.VP", "Văn phòng Bộ", "VAN_PHONG", ministry.id());
    otherMinistry = unit("BO2", "Bộ Thử nghiệm thứ hai", "BO", null);
    dissolved = unit("BO.TT", "Trung tâm Thông tin", "DON_VI_SU_NGHIEP", ministry.id());

    clean = person(office, "Nguyễn Văn An", Sex.MALE, 1985).id();
    salary(clean, "01.003", 2, LocalDate.of(2015, 3, 1));

    missingHomeTownAndSalary =
        records
            .createPerson(
                ALL, CHANGE, data(office, "Trần Thị Bình", Sex.FEMALE, 1990).homeTown(null).build())
            .id();

    worker =
        records
            .createPerson(
                ALL,
                CHANGE,
                data(office, "Lê Văn Cường", Sex.MALE, 1980)
                    .category(PersonCategory.NGUOI_LAO_DONG)
                    .build())
            .id();

    recruitedAt16 =
        records
            .createPerson(
                ALL,
                CHANGE,
                data(office, "Phạm Thị Dung", Sex.FEMALE, 1988)
                    .recruitmentDate(LocalDate.of(2004, 6, 1))
                    .build())
            .id();
    salary(recruitedAt16, "01.003", 1, LocalDate.of(2010, 1, 1));

    inconsistentHistory = person(office, "Hoàng Văn Em", Sex.MALE, 1975).id();
    inconsistentSalaryRow = salary(inconsistentHistory, "01.003", 1, LocalDate.of(2004, 10, 1));
    records.addHistoryRow(
        ALL,
        CHANGE,
        inconsistentHistory,
        HistoryKind.EVALUATIONS,
        new EvaluationRow(null, null, 2003, EvaluationRating.TOT, null, null));
    records.addHistoryRow(
        ALL,
        CHANGE,
        inconsistentHistory,
        HistoryKind.LEADERSHIP_TERMS,
        term("Phó Trưởng phòng", LocalDate.of(2004, 1, 1), null));
    records.addHistoryRow(
        ALL,
        CHANGE,
        inconsistentHistory,
        HistoryKind.MEMBERSHIPS,
        new MembershipRow(
            null,
            null,
            Organisation.COMMUNIST_PARTY,
            null,
            LocalDate.of(1991, 5, 19),
            LocalDate.of(1992, 5, 19),
            null,
            null,
            null));

    wrongSalary = person(office, "Vũ Thị Giang", Sex.FEMALE, 1982).id();
    wrongCoefficientRow = salary(wrongSalary, "01.003", 3, LocalDate.of(2012, 1, 1));
    wrongStepRow = salary(wrongSalary, "01.003", 4, LocalDate.of(2015, 1, 1));
    wrongTypeRow = salary(wrongSalary, "01.003", 5, LocalDate.of(2018, 1, 1));

    oldSalary = person(office, "Đặng Văn Hải", Sex.MALE, 1970).id();
    // Validation takes the coefficient of a row older than the tables as given.
    long oldRow = salary(oldSalary, "01.003", 2, new BigDecimal("2.67"), LocalDate.of(2003, 1, 1));

    leaderWithoutTerm =
        records
            .createPerson(
                ALL,
                CHANGE,
                data(office, "Bùi Văn Khánh", Sex.MALE, 1972)
                    .currentPosition("Trưởng phòng")
                    .build())
            .id();
    salary(leaderWithoutTerm, "01.002", 3, LocalDate.of(2020, 1, 1));
    leaderWithEndedTerm =
        records
            .createPerson(
                ALL,
                CHANGE,
                data(office, "Đỗ Thị Lan", Sex.FEMALE, 1978)
                    .currentPosition("Phó Chánh Văn phòng")
                    .build())
            .id();
    salary(leaderWithEndedTerm, "01.002", 2, LocalDate.of(2020, 1, 1));
    records.addHistoryRow(
        ALL,
        CHANGE,
        leaderWithEndedTerm,
        HistoryKind.LEADERSHIP_TERMS,
        term("Phó Chánh Văn phòng", LocalDate.of(2021, 1, 1), LocalDate.of(2024, 6, 30)));
    leaderWithTerm =
        records
            .createPerson(
                ALL,
                CHANGE,
                data(office, "Hồ Văn Minh", Sex.MALE, 1976).currentPosition("Vụ trưởng").build())
            .id();
    salary(leaderWithTerm, "01.001", 1, LocalDate.of(2021, 1, 1));
    records.addHistoryRow(
        ALL,
        CHANGE,
        leaderWithTerm,
        HistoryKind.LEADERSHIP_TERMS,
        term("Vụ trưởng", LocalDate.of(2023, 1, 1), null));

    stranded = person(dissolved, "Ngô Thị Nga", Sex.FEMALE, 1986).id();
    salary(stranded, "01.003", 2, LocalDate.of(2016, 1, 1));

    unitless =
        records
            .createPerson(
                ALL, CHANGE, data(office, "Đinh Văn Lẻ", Sex.MALE, 1988).unitId(null).build())
            .id();
    salary(unitless, "01.003", 3, LocalDate.of(2018, 1, 1));

    duplicateInOffice = person(office, "Dương Văn Phúc", Sex.MALE, 1979).id();
    salary(duplicateInOffice, "01.003", 5, LocalDate.of(2016, 1, 1));
    duplicateElsewhere =
        records
            .createPerson(
                ALL,
                CHANGE,
                data(otherMinistry, "Dương Văn Phúc", Sex.MALE, 1979)
                    .identityNumber("012345678")
                    .build())
            .id();
    salary(duplicateElsewhere, "01.003", 5, LocalDate.of(2016, 1, 1));

    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "UPDATE person SET recruitment_date = DATE '2005-01-01' WHERE id = "
              + inconsistentHistory);
      statement.executeUpdate(
          "UPDATE salary_history SET coefficient = 3.30 WHERE id = " + wrongCoefficientRow);
      statement.executeUpdate("UPDATE salary_history SET step = 12 WHERE id = " + wrongStepRow);
      statement.executeUpdate(
          "UPDATE salary_history SET salary_type = 'A0' WHERE id = " + wrongTypeRow);
      statement.executeUpdate("UPDATE salary_history SET coefficient = 1.78 WHERE id = " + oldRow);
      // The record service does not deactivate a unit that still has people; imports can.
      statement.executeUpdate("UPDATE unit SET active = FALSE WHERE id = " + dissolved.id());
    }
  }

  @AfterAll
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @BeforeEach
  void requireDatabase() {
    Assumptions.assumeTrue(database != null, "No database for this class; its warning says why");
  }

  @Test
  void cleanPersonHasNoProblems() {
    PersonQuality result = quality.person(ALL, clean);

    assertEquals(List.of(), result.problems());
    assertEquals("Nguyễn Văn An", result.fullName());
    assertEquals(office.id(), result.unitId());
  }

  @Test
  void missingFieldsAreListed() {
    List<QualityProblem> problems = quality.person(ALL, missingHomeTownAndSalary).problems();

    assertEquals(List.of("homeTown", "salary"), fields(problems));
    assertEquals(Set.of(QualityCheck.MISSING_FIELD), checks(problems));
    assertEquals(
        "Quê quán: chưa có trong hồ sơ; mẫu 2C-BNV/2008 cần thông tin này.",
        problems.get(0).message());
  }

  @Test
  void workerNeedsNoSalary() {
    assertEquals(List.of(), quality.person(ALL, worker).problems());
  }

  @Test
  void recruitmentBeforeAdulthoodIsFound() {
    List<QualityProblem> problems = quality.person(ALL, recruitedAt16).problems();

    assertEquals(List.of("recruitment-before-adulthood"), codes(problems));
    assertEquals(List.of("2004-06-01", "1988-07-01"), problems.get(0).arguments());
    assertTrue(problems.get(0).message().contains("01/06/2004"), problems.get(0).message());
  }

  @Test
  void historyBeforeRecruitmentIsFound() {
    List<QualityProblem> problems = quality.person(ALL, inconsistentHistory).problems();

    assertEquals(
        Set.of(
            "salary-before-recruitment",
            "term-before-recruitment",
            "evaluation-before-recruitment",
            "party-before-adulthood"),
        Set.copyOf(codes(problems)));
    assertEquals(Set.of(QualityCheck.INCONSISTENT_DATES), checks(problems));
    QualityProblem salary = problem(problems, "salary-before-recruitment");
    assertEquals("salary", salary.historyKind());
    assertEquals(inconsistentSalaryRow, salary.rowId());
    assertEquals("effectiveDate", salary.field());
  }

  @Test
  void salaryRowsOutsideTheTablesAreFound() {
    List<QualityProblem> problems = quality.person(ALL, wrongSalary).problems();

    assertEquals(
        List.of("coefficient-mismatch", "step-outside-type", "salary-type-mismatch"),
        codes(problems));
    assertEquals(Set.of(QualityCheck.COEFFICIENT_OUTSIDE_TABLE), checks(problems));
    QualityProblem coefficient = problems.get(0);
    assertEquals(wrongCoefficientRow, coefficient.rowId());
    assertEquals(List.of("2012-01-01", "3.30", "3", "2 / A1", "3.00"), coefficient.arguments());
    assertEquals(wrongStepRow, problems.get(1).rowId());
    assertEquals(List.of("2015-01-01", "12", "2 / A1", "9"), problems.get(1).arguments());
    assertEquals(wrongTypeRow, problems.get(2).rowId());
    assertEquals(List.of("2018-01-01", "2 / A0", "01.003", "2 / A1"), problems.get(2).arguments());
  }

  @Test
  void rowsBeforeTheTablesAreNotChecked() {
    assertEquals(List.of(), quality.person(ALL, oldSalary).problems());
  }

  @Test
  void leaderWithoutOpenTermIsFound() {
    List<QualityProblem> without = quality.person(ALL, leaderWithoutTerm).problems();
    List<QualityProblem> ended = quality.person(ALL, leaderWithEndedTerm).problems();
    List<QualityProblem> open = quality.person(ALL, leaderWithTerm).problems();

    assertEquals(List.of("leader-without-term"), codes(without));
    assertEquals(List.of("Trưởng phòng"), without.get(0).arguments());
    assertEquals(List.of("leader-without-term"), codes(ended));
    assertEquals(List.of(), open);
  }

  @Test
  void personInDissolvedUnitIsFound() {
    List<QualityProblem> problems = quality.person(ALL, stranded).problems();

    assertEquals(List.of("unit-inactive"), codes(problems));
    assertEquals(List.of("BO.TT", "Trung tâm Thông tin"), problems.get(0).arguments());
  }

  @Test
  void personWithoutUnitIsFound() {
    PersonQuality found = quality.person(ALL, unitless);

    assertEquals(null, found.unitId());
    assertEquals(List.of("unit-missing"), codes(found.problems()));
    assertEquals(null, found.problems().get(0).unitId());
    assertEquals(
        "Hồ sơ chưa thuộc đơn vị nào; cần xếp người này vào một đơn vị đang hoạt động.",
        found.problems().get(0).message());
  }

  @Test
  void duplicatesInScopeAreFound() {
    List<QualityProblem> office = quality.person(ALL, duplicateInOffice).problems();
    List<QualityProblem> elsewhere = quality.person(ALL, duplicateElsewhere).problems();

    assertEquals(List.of("possible-duplicate"), codes(office));
    assertEquals(String.valueOf(duplicateElsewhere), office.get(0).arguments().get(0));
    assertEquals(List.of("possible-duplicate", "legacy-identity-number"), codes(elsewhere));
    assertEquals(List.of("012345678"), elsewhere.get(1).arguments());
  }

  @Test
  void duplicateOutsideScopeIsNotShown() {
    UnitScope ministryOnly = UnitScope.subtrees(List.of(ministry.id()));

    assertEquals(List.of(), quality.person(ministryOnly, duplicateInOffice).problems());
  }

  @Test
  void personOutsideScopeIsNotFound() {
    UnitScope otherOnly = UnitScope.subtrees(List.of(otherMinistry.id()));

    assertThrows(RecordNotFoundException.class, () -> quality.person(otherOnly, clean));
    assertThrows(RecordNotFoundException.class, () -> quality.person(ALL, 999_999_999L));
    assertThrows(
        RecordNotFoundException.class, () -> quality.person(UnitScope.subtrees(List.of()), clean));
  }

  @Test
  void unitCountsItsSubtree() {
    UnitQuality result = quality.unit(ALL, ministry.id(), 0, 100);

    assertEquals(12, result.people());
    assertEquals(8, result.peopleWithProblems());
    // The duplicate of a person in the subtree counts when the other record is in the caller's
    // scope, even outside the subtree.
    assertEquals(
        Map.of(
            QualityCheck.MISSING_FIELD, 2L,
            QualityCheck.INCONSISTENT_DATES, 5L,
            QualityCheck.COEFFICIENT_OUTSIDE_TABLE, 3L,
            QualityCheck.LEADER_WITHOUT_TERM_END, 2L,
            QualityCheck.NO_ACTIVE_UNIT, 1L,
            QualityCheck.POSSIBLE_DUPLICATE, 1L),
        nonZero(result.counts()));
    assertEquals(14, result.problems().total());
    assertEquals(14, result.problems().items().size());
    assertEquals(QualityCheck.values().length, result.counts().size());
  }

  @Test
  void unitPagesFollowNameOrder() {
    UnitQuality first = quality.unit(ALL, ministry.id(), 0, 4);
    UnitQuality second = quality.unit(ALL, ministry.id(), 1, 4);
    List<QualityProblem> all = quality.unit(ALL, ministry.id(), 0, 100).problems().items();

    assertEquals(all.subList(0, 4), first.problems().items());
    assertEquals(all.subList(4, 8), second.problems().items());
    assertEquals(14, second.problems().total());
    // By given name: An has no problem, so Bình comes first.
    assertEquals("Trần Thị Bình", all.get(0).fullName());
  }

  @Test
  void unitOutsideScopeIsNotFound() {
    UnitScope otherOnly = UnitScope.subtrees(List.of(otherMinistry.id()));

    assertThrows(
        RecordNotFoundException.class, () -> quality.unit(otherOnly, ministry.id(), 0, 10));
    assertThrows(IllegalArgumentException.class, () -> quality.unit(ALL, ministry.id(), 0, 0));
    assertThrows(IllegalArgumentException.class, () -> quality.unit(ALL, ministry.id(), -1, 10));
    assertThrows(IllegalArgumentException.class, () -> quality.unit(ALL, ministry.id(), 0, 501));
  }

  @Test
  void summaryCountsEveryUnitInScope() {
    QualitySummary summary = quality.summary(ALL);

    // The person without a unit counts in the totals but has no unit to be listed under.
    assertEquals(14, summary.people());
    assertEquals(10, summary.peopleWithProblems());
    assertEquals(
        Map.of(
            QualityCheck.MISSING_FIELD, 2L,
            QualityCheck.INCONSISTENT_DATES, 5L,
            QualityCheck.COEFFICIENT_OUTSIDE_TABLE, 3L,
            QualityCheck.LEADER_WITHOUT_TERM_END, 2L,
            QualityCheck.NO_ACTIVE_UNIT, 2L,
            QualityCheck.POSSIBLE_DUPLICATE, 2L,
            QualityCheck.LEGACY_IDENTITY_NUMBER, 1L),
        nonZero(summary.counts()));
    assertEquals(
        List.of("BO.TT", "BO.VP", "BO2"),
        summary.units().stream().map(UnitQualityCount::code).toList());
    UnitQualityCount officeCounts = summary.units().get(1);
    assertEquals(11, officeCounts.people());
    assertEquals(7, officeCounts.peopleWithProblems());
    assertEquals(ministry.id(), officeCounts.parentId());
  }

  @Test
  void summaryFollowsScope() {
    QualitySummary ministryOnly = quality.summary(UnitScope.subtrees(List.of(ministry.id())));
    QualitySummary none = quality.summary(UnitScope.subtrees(List.of()));

    assertEquals(12, ministryOnly.people());
    assertEquals(
        0, nonZero(ministryOnly.counts()).getOrDefault(QualityCheck.POSSIBLE_DUPLICATE, 0L));
    assertEquals(0, none.people());
    assertEquals(List.of(), none.units());
  }

  @Test
  void lookupFindsPersonByIdentityNumberInScope() {
    UnitScope otherOnly = UnitScope.subtrees(List.of(otherMinistry.id()));

    assertEquals(Optional.of(duplicateElsewhere), lookup.personByIdentityNumber(ALL, "012345678"));
    assertEquals(
        Optional.of(duplicateElsewhere), lookup.personByIdentityNumber(otherOnly, " 012345678 "));
    assertEquals(
        Optional.empty(),
        lookup.personByIdentityNumber(UnitScope.subtrees(List.of(ministry.id())), "012345678"));
    assertEquals(Optional.empty(), lookup.personByIdentityNumber(ALL, "000000000"));
  }

  @Test
  void lookupFindsUnitByCodeInScope() {
    UnitScope otherOnly = UnitScope.subtrees(List.of(otherMinistry.id()));

    assertEquals(Optional.of(office.id()), lookup.unitByCode(ALL, "BO.VP"));
    assertEquals(Optional.empty(), lookup.unitByCode(otherOnly, "BO.VP"));
    assertEquals(Optional.empty(), lookup.unitByCode(ALL, "KHONG.CO"));
  }

  private UnitView unit(String code, String name, String kind, Long parent) {
    return records.createUnit(ALL, CHANGE, new UnitData(code, name, kind, parent, true, null));
  }

  private vn.hoso.api.personnel.PersonDetails person(
      UnitView unit, String name, Sex sex, int birthYear) {
    return records.createPerson(ALL, CHANGE, data(unit, name, sex, birthYear).build());
  }

  /** Returns a person with every field the résumé form needs, born on 1 July of the year. */
  private PersonData.Builder data(UnitView unit, String name, Sex sex, int birthYear) {
    serial++;
    String identity =
        "001"
            + (sex == Sex.FEMALE ? "1" : "0")
            + String.format("%02d", birthYear % 100)
            + String.format("%06d", serial);
    return PersonData.builder()
        .category(PersonCategory.CONG_CHUC)
        .fullName(name)
        .birthDate(PartialDate.ofDay(LocalDate.of(birthYear, 7, 1)))
        .sex(sex)
        .birthPlace("Xã Tân Tiến, tỉnh Nam Định")
        .homeTown("Xã Tân Tiến, tỉnh Nam Định")
        .ethnicityCode("01")
        .religionCode("00")
        .identityNumber(identity)
        .identityIssuedOn(LocalDate.of(2021, 5, 4))
        .socialInsuranceNumber("0112345678")
        .unitId(unit.id())
        .permanentAddress("Số 1 phố Tràng Tiền, phường Hoàn Kiếm, Hà Nội")
        .currentAddress("Số 1 phố Tràng Tiền, phường Hoàn Kiếm, Hà Nội")
        .recruitmentDate(LocalDate.of(birthYear + 23, 9, 1))
        .generalEducation("12/12")
        .qualificationCode("DAI_HOC");
  }

  private long salary(long personId, String rank, int step, LocalDate effective) {
    return salary(personId, rank, step, null, effective);
  }

  private long salary(
      long personId, String rank, int step, BigDecimal coefficient, LocalDate effective) {
    return records
        .addHistoryRow(
            ALL,
            CHANGE,
            personId,
            HistoryKind.SALARY,
            new SalaryRow(
                null,
                null,
                null,
                null,
                rank,
                step,
                coefficient,
                effective,
                null,
                BigDecimal.ZERO,
                null,
                null))
        .id();
  }

  private static LeadershipTermRow term(String title, LocalDate from, LocalDate endedOn) {
    return new LeadershipTermRow(
        null, null, title, null, null, null, AppointmentKind.FIRST, from, null, endedOn, null);
  }

  private static List<String> codes(List<QualityProblem> problems) {
    return problems.stream().map(QualityProblem::code).toList();
  }

  private static List<String> fields(List<QualityProblem> problems) {
    return problems.stream().map(QualityProblem::field).toList();
  }

  private static Set<QualityCheck> checks(List<QualityProblem> problems) {
    return problems.stream().map(QualityProblem::check).collect(Collectors.toSet());
  }

  private static QualityProblem problem(List<QualityProblem> problems, String code) {
    return problems.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
  }

  private static Map<QualityCheck, Long> nonZero(List<QualityCount> counts) {
    return counts.stream()
        .filter(count -> count.problems() > 0)
        .collect(Collectors.toMap(QualityCount::check, QualityCount::problems));
  }
}
