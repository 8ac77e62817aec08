package vn.hoso.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hoso.api.personnel.CurrentSalary;
import vn.hoso.api.personnel.Page;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.PersonDetails;
import vn.hoso.api.personnel.PersonQuery;
import vn.hoso.api.personnel.RecordLookup;
import vn.hoso.api.personnel.RecordNotFoundException;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.personnel.UnitNode;
import vn.hoso.api.personnel.UnitView;
import vn.hoso.api.personnel.history.LeadershipTermRow;
import vn.hoso.api.quality.DataQuality;
import vn.hoso.api.quality.PersonQuality;
import vn.hoso.api.quality.QualityCheck;
import vn.hoso.api.quality.QualityCount;
import vn.hoso.api.quality.QualityProblem;
import vn.hoso.api.quality.QualitySummary;
import vn.hoso.api.quality.UnitQuality;
import vn.hoso.api.record.AppointmentKind;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.api.warning.RuleStatus;
import vn.hoso.api.warning.StoredWarning;
import vn.hoso.api.warning.WarningCount;
import vn.hoso.api.warning.WarningEvent;
import vn.hoso.api.warning.WarningFilter;
import vn.hoso.api.warning.WarningPage;
import vn.hoso.api.warning.WarningQueries;

/**
 * The text of {@code hoso:person-show} and {@code hoso:unit-show}, against services that return
 * fixed records.
 */
class ReportTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
  private static final long PERSON = 4150;
  private static final long UNIT = 57;
  private static final long PARENT = 50;

  private final RecordService records = records();
  private final RecordLookup lookup = lookup();
  private final DataQuality quality = quality();

  @Test
  void personKeyPrefersIdentityNumber() {
    PersonReport report = new PersonReport(records, lookup, quality, null);

    assertEquals(PERSON, report.resolve("001075012345"));
    assertEquals(123, report.resolve(" 123 "));
    assertEquals(999999999999L, report.resolve("999999999999"));
  }

  @Test
  void personKeyOfLettersIsRejected() {
    PersonReport report = new PersonReport(records, lookup, quality, null);

    IllegalArgumentException rejected =
        assertThrows(IllegalArgumentException.class, () -> report.resolve("An"));

    assertTrue(rejected.getMessage().startsWith("\"An\" không phải"), rejected.getMessage());
  }

  @Test
  void personLinesShowSalaryTermWarningsAndProblems() {
    List<String> lines =
        new PersonReport(records, lookup, quality, warnings()).lines(PERSON, TODAY);

    assertEquals("Hồ sơ 4150: Nguyễn Văn An", lines.get(0));
    assertLine(lines, "Giới tính, ngày sinh:", "nam, 12/03/1975 (51 tuổi)");
    assertLine(lines, "Số định danh:", "001075012345");
    assertLine(lines, "Đối tượng:", "công chức");
    assertLine(lines, "Đơn vị:", "Phòng Tổng hợp (57)");
    assertLine(lines, "Chức vụ:", "Trưởng phòng");
    assertLine(
        lines, "Lương đang hưởng:", "ngạch 01.002 (loại A2.1), bậc 4, hệ số 5,42, từ 01/03/2023");
    assertLine(lines, "Nhiệm kỳ:", "Trưởng phòng (bổ nhiệm lại) từ 01/06/2022 đến 31/05/2027");
    assertLine(lines, "Cảnh báo:", "1");
    assertTrue(
        lines.contains("    - 01/03/2027: Nâng lương lên bậc 5/8, hệ số 5,76"), lines.toString());
    assertLine(lines, "Vấn đề dữ liệu:", "1");
    assertTrue(lines.contains("    - Quê quán: chưa có trong hồ sơ."), lines.toString());
  }

  @Test
  void personWithoutWarningEngineSaysSo() {
    List<String> lines = new PersonReport(records, lookup, quality, null).lines(PERSON, TODAY);

    assertLine(lines, "Cảnh báo:", "chưa cài tính năng cảnh báo (hoso-warnings)");
  }

  @Test
  void unknownPersonIsNotFound() {
    PersonReport report = new PersonReport(records, lookup, quality, null);

    assertThrows(RecordNotFoundException.class, () -> report.lines(1, TODAY));
  }

  @Test
  void unitKeyPrefersCode() {
    UnitReport report = new UnitReport(records, lookup, quality, null);

    assertEquals(UNIT, report.resolve("BPTDT.VP.TH"));
    assertEquals(99, report.resolve("99"));
    assertThrows(IllegalArgumentException.class, () -> report.resolve("KHONG.CO"));
  }

  @Test
  void unitLinesCountTheSubtree() {
    List<String> lines = new UnitReport(records, lookup, quality, warnings()).lines(UNIT, TODAY);

    assertEquals("Đơn vị 57: Phòng Tổng hợp (BPTDT.VP.TH)", lines.get(0));
    assertLine(lines, "Trạng thái:", "đang hoạt động");
    assertLine(lines, "Trực thuộc:", "Văn phòng Bộ (BPTDT.VP)");
    assertLine(lines, "Đơn vị trực thuộc:", "1");
    assertTrue(lines.contains("    - Tổ Lưu trữ (BPTDT.VP.TH.LT)"), lines.toString());
    assertLine(lines, "Số người:", "67");
    assertLine(lines, "Theo đối tượng:", "cán bộ 0, công chức 60, viên chức 0, người lao động 7");
    assertLine(lines, "Cảnh báo:", "2 quá hạn, 5 đến hạn trong 90 ngày tới");
    assertLine(lines, "Vấn đề dữ liệu:", "3 vấn đề ở 2 người");
    assertTrue(
        lines.contains("    - Thiếu thông tin của mẫu 2C: 3 vấn đề ở 2 người"), lines.toString());
  }

  private static void assertLine(List<String> lines, String label, String value) {
    String expected = String.format("  %-24s %s", label, value);
    assertTrue(lines.contains(expected), "no line '" + expected + "' in " + lines);
  }

  private static RecordService records() {
    UnitView parent = new UnitView(PARENT, "BPTDT.VP", "Văn phòng Bộ", "VAN_PHONG", null, true, 1);
    UnitView unit = new UnitView(UNIT, "BPTDT.VP.TH", "Phòng Tổng hợp", "PHONG", PARENT, true, 1);
    UnitView child = new UnitView(58, "BPTDT.VP.TH.LT", "Tổ Lưu trữ", "PHONG", UNIT, true, 1);
    UnitNode tree =
        new UnitNode(parent, List.of(new UnitNode(unit, List.of(new UnitNode(child, List.of())))));
    PersonData data =
        PersonData.builder()
            .version(3L)
            .category(PersonCategory.CONG_CHUC)
            .fullName("Nguyễn Văn An")
            .birthDate(PartialDate.ofDay(LocalDate.of(1975, 3, 12)))
            .sex(Sex.MALE)
            .identityNumber("001075012345")
            .unitId(UNIT)
            .currentPosition("Trưởng phòng")
            .build();
    CurrentSalary salary =
        new CurrentSalary(
            "01.002",
            "2",
            "A2.1",
            4,
            new BigDecimal("5.42"),
            LocalDate.of(2023, 3, 1),
            BigDecimal.ZERO);
    PersonDetails person = new PersonDetails(PERSON, data, false, "Phòng Tổng hợp", salary);
    LeadershipTermRow term =
        new LeadershipTermRow(
            1L,
            1L,
            "Trưởng phòng",
            "BO.TRUONG_PHONG",
            new BigDecimal("0.60"),
            UNIT,
            AppointmentKind.REAPPOINTMENT,
            LocalDate.of(2022, 6, 1),
            LocalDate.of(2027, 5, 31),
            null,
            null);
    LeadershipTermRow earlier =
        new LeadershipTermRow(
            2L,
            1L,
            "Phó Trưởng phòng",
            null,
            null,
            UNIT,
            AppointmentKind.FIRST,
            LocalDate.of(2015, 6, 1),
            null,
            LocalDate.of(2017, 5, 31),
            null);
    Map<PersonCategory, Long> byCategory =
        Map.of(
            PersonCategory.CAN_BO, 0L,
            PersonCategory.CONG_CHUC, 60L,
            PersonCategory.VIEN_CHUC, 0L,
            PersonCategory.NGUOI_LAO_DONG, 7L);
    return (RecordService)
        Proxy.newProxyInstance(
            ReportTest.class.getClassLoader(),
            new Class<?>[] {RecordService.class},
            (proxy, method, arguments) ->
                switch (method.getName()) {
                  case "person" -> {
                    if ((long) arguments[1] != PERSON) {
                      throw new RecordNotFoundException("person", (long) arguments[1]);
                    }
                    yield person;
                  }
                  case "history" -> List.of(earlier, term);
                  case "unit" -> (long) arguments[1] == UNIT ? unit : parent;
                  case "unitTree" -> List.of(tree);
                  case "findPeople" -> {
                    PersonQuery query = (PersonQuery) arguments[1];
                    long total =
                        query.categories().isEmpty()
                            ? 67
                            : byCategory.get(query.categories().iterator().next());
                    yield new Page<>(List.of(), 0, 1, total);
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private static RecordLookup lookup() {
    return new RecordLookup() {
      @Override
      public Optional<Long> personByIdentityNumber(UnitScope scope, String identityNumber) {
        return identityNumber.equals("001075012345") ? Optional.of(PERSON) : Optional.empty();
      }

      @Override
      public Optional<Long> unitByCode(UnitScope scope, String code) {
        return code.equals("BPTDT.VP.TH") ? Optional.of(UNIT) : Optional.empty();
      }
    };
  }

  private static DataQuality quality() {
    QualityProblem problem =
        new QualityProblem(
            PERSON,
            "Nguyễn Văn An",
            UNIT,
            QualityCheck.MISSING_FIELD,
            "missing-field",
            null,
            null,
            "homeTown",
            "Quê quán: chưa có trong hồ sơ.",
            List.of());
    return new DataQuality() {
      @Override
      public PersonQuality person(UnitScope scope, long personId) {
        return new PersonQuality(personId, "Nguyễn Văn An", UNIT, List.of(problem));
      }

      @Override
      public UnitQuality unit(UnitScope scope, long unitId, int page, int size) {
        List<QualityCount> counts =
            List.of(
                new QualityCount(QualityCheck.MISSING_FIELD, 3, 2),
                new QualityCount(QualityCheck.INCONSISTENT_DATES, 0, 0));
        return new UnitQuality(
            unitId, "Phòng Tổng hợp", 67, 2, counts, new Page<>(List.of(problem), page, size, 3));
      }

      @Override
      public QualitySummary summary(UnitScope scope) {
        throw new UnsupportedOperationException("summary");
      }
    };
  }

  private static WarningQueries warnings() {
    WarningEvent event =
        new WarningEvent(
            "salary-step",
            "salary-step-due",
            LocalDate.of(2027, 3, 1),
            "Nâng lương lên bậc 5/8, hệ số 5,76",
            Map.of(),
            List.of(),
            "Thông tư 08/2013/TT-BNV",
            List.of());
    return new WarningQueries() {
      @Override
      public WarningPage find(WarningFilter filter, int page, int size) {
        throw new UnsupportedOperationException("find");
      }

      @Override
      public List<WarningCount> count(WarningFilter filter, LocalDate today) {
        assertEquals(java.util.Set.of(UNIT, 58L), filter.unitIds());
        return List.of(
            new WarningCount("salary-step", UNIT, 1, 4), new WarningCount("retirement", 58L, 1, 1));
      }

      @Override
      public List<StoredWarning> forPerson(long personId) {
        return List.of(
            new StoredWarning(
                personId,
                "Nguyễn Văn An",
                UNIT,
                PersonCategory.CONG_CHUC,
                event,
                Instant.parse("2026-12-05T01:00:00Z")));
      }

      @Override
      public List<RuleStatus> rules() {
        return List.of();
      }
    };
  }
}
