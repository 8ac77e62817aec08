package vn.hoso.itests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.hoso.api.personnel.ChangeContext;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.PersonDetails;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.personnel.UnitData;
import vn.hoso.api.personnel.UnitView;
import vn.hoso.api.personnel.history.AwardRow;
import vn.hoso.api.personnel.history.FamilyRelationRow;
import vn.hoso.api.personnel.history.FamilySide;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.SalaryRow;
import vn.hoso.api.personnel.history.TrainingMode;
import vn.hoso.api.personnel.history.TrainingRow;
import vn.hoso.api.personnel.history.TrainingType;
import vn.hoso.api.record.LegalDecision;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.api.security.Role;

/**
 * The records and users the scope tests run against: unit A with a child unit, unit B outside A, a
 * person in A's child unit, one in B and one without a unit, each with rows in four history tables,
 * and one logged-in user of every role. Every name carries a tag, so several worlds live side by
 * side in one database.
 */
final class ScopeWorld {

  /** Logs a user in, creating them first, and returns the access token. */
  @FunctionalInterface
  interface Login {
    String as(String username, Set<Role> roles, Set<String> unitIds, String personId)
        throws Exception;
  }

  /** History tables that every person of a world has one row in. */
  static final Set<HistoryKind<?>> KINDS_WITH_ROWS =
      Set.of(
          HistoryKind.SALARY,
          HistoryKind.TRAINING,
          HistoryKind.FAMILY_RELATIONS,
          HistoryKind.AWARDS);

  static final String NAME_A = "Nguyễn Văn Khải";
  static final String NAME_B = "Trần Thị Bích Ngọc";
  static final String NAME_UNITLESS = "Đinh Văn Lẻ";

  final String tag;
  final UnitView unitA;
  final UnitView childOfA;
  final UnitView unitB;
  final PersonDetails personA;
  final PersonDetails personB;
  final PersonDetails unitless;
  final Map<HistoryKind<?>, Long> rowsA;
  final Map<HistoryKind<?>, Long> rowsB;
  final Map<HistoryKind<?>, Long> rowsUnitless;

  final String administrator;
  final String ministryOfficer;
  final String officerA;
  final String leaderA;
  final String employeeA;
  final String officerAName;
  final String employeeAName;

  private ScopeWorld(String tag, RecordService records, Login login) throws Exception {
    this.tag = tag;
    ChangeContext setup = new ChangeContext("itest-setup", null);
    UnitScope all = UnitScope.all();

    unitA = records.createUnit(all, setup, unit("A-" + tag, "Vụ Tổ chức " + tag, "VU", null));
    childOfA =
        records.createUnit(
            all, setup, unit("A1-" + tag, "Phòng Cán bộ " + tag, "PHONG", unitA.id()));
    unitB = records.createUnit(all, setup, unit("B-" + tag, "Vụ Tài chính " + tag, "VU", null));

    personA = records.createPerson(all, setup, person(NAME_A, childOfA.id()));
    personB = records.createPerson(all, setup, person(NAME_B, unitB.id()));
    unitless = records.createPerson(all, setup, person(NAME_UNITLESS, null));
    rowsA = addRows(records, setup, personA);
    rowsB = addRows(records, setup, personB);
    rowsUnitless = addRows(records, setup, unitless);

    String a = String.valueOf(unitA.id());
    administrator = login.as("admin-" + tag, Set.of(Role.ADMINISTRATOR), Set.of(), null);
    ministryOfficer = login.as("ministry-" + tag, Set.of(Role.MINISTRY_OFFICER), Set.of(), null);
    officerAName = "officer-a-" + tag;
    officerA = login.as(officerAName, Set.of(Role.UNIT_OFFICER), Set.of(a), null);
    leaderA = login.as("leader-a-" + tag, Set.of(Role.LEADER), Set.of(a), null);
    employeeAName = "employee-a-" + tag;
    employeeA =
        login.as(employeeAName, Set.of(Role.EMPLOYEE), Set.of(), String.valueOf(personA.id()));
  }

  /** Creates the records and users of a world whose names end in {@code tag}. */
  static ScopeWorld create(String tag, RecordService records, Login login) throws Exception {
    return new ScopeWorld(tag, records, login);
  }

  private static UnitData unit(String code, String name, String kind, Long parentId) {
    return new UnitData(code, name, kind, parentId, true, null);
  }

  private static PersonData person(String fullName, Long unitId) {
    return PersonData.builder()
        .category(PersonCategory.CONG_CHUC)
        .fullName(fullName)
        .birthDate(PartialDate.ofDay(LocalDate.of(1985, 5, 20)))
        .sex(Sex.MALE)
        .unitId(unitId)
        .currentAddress("Số 1 Tràng Tiền, Hà Nội")
        .build();
  }

  private static Map<HistoryKind<?>, Long> addRows(
      RecordService records, ChangeContext setup, PersonDetails person) {
    UnitScope all = UnitScope.all();
    LegalDecision decision = new LegalDecision("15/QĐ-BNV", LocalDate.of(2023, 1, 1), "Bộ trưởng");
    Map<HistoryKind<?>, Long> rows = new LinkedHashMap<>();
    rows.put(
        HistoryKind.SALARY,
        records
            .addHistoryRow(
                all,
                setup,
                person.id(),
                HistoryKind.SALARY,
                new SalaryRow(
                    null,
                    null,
                    null,
                    null,
                    "01.003",
                    2,
                    null,
                    LocalDate.of(2023, 1, 1),
                    null,
                    BigDecimal.ZERO,
                    decision,
                    null))
            .id());
    rows.put(
        HistoryKind.TRAINING,
        records
            .addHistoryRow(
                all,
                setup,
                person.id(),
                HistoryKind.TRAINING,
                new TrainingRow(
                    null,
                    null,
                    TrainingType.PROFESSIONAL,
                    LocalDate.of(2003, 9, 1),
                    LocalDate.of(2007, 6, 30),
                    "Học viện Hành chính Quốc gia",
                    "Quản lý công",
                    TrainingMode.FULL_TIME,
                    null,
                    "Cử nhân",
                    null))
            .id());
    rows.put(
        HistoryKind.FAMILY_RELATIONS,
        records
            .addHistoryRow(
                all,
                setup,
                person.id(),
                HistoryKind.FAMILY_RELATIONS,
                new FamilyRelationRow(
                    null,
                    null,
                    FamilySide.OWN,
                    "Bố",
                    "Nguyễn Văn Bình",
                    1955,
                    "Nam Định",
                    "Hưu trí",
                    null,
                    "Nam Định",
                    null))
            .id());
    rows.put(
        HistoryKind.AWARDS,
        records
            .addHistoryRow(
                all,
                setup,
                person.id(),
                HistoryKind.AWARDS,
                new AwardRow(null, null, "Bằng khen", null, 2022, "Hoàn thành xuất sắc", null))
            .id());
    return rows;
  }
}
