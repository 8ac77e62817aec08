package vn.hoso.records.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.history.LeadershipTermRow;
import vn.hoso.api.personnel.history.MembershipRow;
import vn.hoso.api.personnel.history.Organisation;
import vn.hoso.api.record.AppointmentKind;
import vn.hoso.api.record.LegalDecision;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;

class AuditValuesTest {

  @Test
  void personDataSurvivesRoundTrip() {
    PersonData person =
        PersonData.builder()
            .category(PersonCategory.VIEN_CHUC)
            .fullName("Trần Thị Mai Anh")
            .birthDate(PartialDate.ofYear(1970))
            .sex(Sex.FEMALE)
            .unitId(150L)
            .recruitmentDate(LocalDate.of(1995, 9, 1))
            .heightCm(158)
            .currentAddress("Số 5 Lý Thái Tổ, Hà Nội")
            .build();

    PersonData read = AuditValues.toRecord(PersonData.class, AuditValues.of(person));

    assertEquals(person, read);
  }

  @Test
  void rowWithDecisionSurvivesRoundTrip() {
    LeadershipTermRow row =
        new LeadershipTermRow(
            null,
            null,
            "Trưởng phòng",
            "TP",
            new BigDecimal("0.60"),
            150L,
            AppointmentKind.FIRST,
            LocalDate.of(2021, 3, 1),
            LocalDate.of(2026, 2, 28),
            null,
            new LegalDecision("12/QĐ-UBND", LocalDate.of(2021, 2, 20), "Chủ tịch"));

    LeadershipTermRow read = AuditValues.toRecord(LeadershipTermRow.class, AuditValues.of(row));

    assertEquals(0, row.allowanceCoefficient().compareTo(read.allowanceCoefficient()));
    assertEquals(row.decision(), read.decision());
    assertEquals(row.kind(), read.kind());
    assertEquals(row.termEnd(), read.termEnd());
  }

  @Test
  void absentDecisionStaysAbsent() {
    MembershipRow row =
        new MembershipRow(
            null,
            null,
            Organisation.TRADE_UNION,
            null,
            LocalDate.of(2010, 5, 1),
            null,
            null,
            null,
            null);

    MembershipRow read = AuditValues.toRecord(MembershipRow.class, AuditValues.of(row));

    assertEquals(row, read);
    assertNull(read.decision());
  }

  @Test
  void versionIsReadWhenGiven() {
    Map<String, String> values = new HashMap<>(AuditValues.of(PersonData.builder().build()));
    values.put("version", "7");

    assertEquals(7L, AuditValues.toRecord(PersonData.class, values).version());
  }

  @Test
  void unreadableValueIsRejected() {
    Map<String, String> values = Map.of("heightCm", "cao");

    assertThrows(
        IllegalArgumentException.class, () -> AuditValues.toRecord(PersonData.class, values));
  }
}
