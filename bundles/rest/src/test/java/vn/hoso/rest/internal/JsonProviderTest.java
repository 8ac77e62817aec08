package vn.hoso.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.PersonDetails;
import vn.hoso.api.personnel.UnitNode;
import vn.hoso.api.personnel.UnitView;
import vn.hoso.api.personnel.history.HistoryRow;
import vn.hoso.api.personnel.history.SalaryRow;
import vn.hoso.api.record.DatePrecision;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;

class JsonProviderTest {

  private final ObjectMapper mapper = JsonProvider.createObjectMapper();

  @Test
  void personDetailsAreFlat() throws Exception {
    PersonData data =
        PersonData.builder()
            .version(3L)
            .category(PersonCategory.CONG_CHUC)
            .fullName("Lê Thị Hoa")
            .birthDate(PartialDate.ofYear(1970))
            .build();

    JsonNode json = mapper.valueToTree(new PersonDetails(7, data, true, "Phòng A", null));

    assertEquals(7, json.get("id").asInt());
    assertEquals(3, json.get("version").asInt());
    assertEquals("Lê Thị Hoa", json.get("fullName").asText());
    assertEquals("1970", json.get("birthDate").asText());
    assertTrue(json.get("identityNumberLegacy").asBoolean());
    assertFalse(json.has("data"));
  }

  @Test
  void personFromGetCanBeSentBack() throws Exception {
    String body =
        "{\"id\":7,\"version\":3,\"fullName\":\"Lê Thị Hoa\",\"birthDate\":\"1988-02-29\","
            + "\"identityNumberLegacy\":false,\"unitName\":\"Phòng A\",\"currentSalary\":null}";

    PersonData data = mapper.readValue(body, PersonData.class);

    assertEquals(3L, data.version());
    assertEquals(new PartialDate(LocalDate.of(1988, 2, 29), DatePrecision.DAY), data.birthDate());
  }

  @Test
  void impossibleBirthDateIsAFormatError() {
    InvalidFormatException failure =
        assertThrows(
            InvalidFormatException.class,
            () -> mapper.readValue("{\"birthDate\":\"1989-02-29\"}", PersonData.class));

    assertEquals("birthDate", failure.getPath().get(0).getFieldName());
  }

  @Test
  void unitNodesAreFlat() {
    UnitNode child =
        new UnitNode(new UnitView(2, "P1", "Phòng 1", "PHONG", 1L, true, 1), List.of());
    UnitNode root = new UnitNode(new UnitView(1, "S", "Sở", "SO", null, true, 1), List.of(child));

    JsonNode json = mapper.valueToTree(root);

    assertEquals("S", json.get("code").asText());
    assertEquals("P1", json.get("children").get(0).get("code").asText());
    assertFalse(json.has("unit"));
  }

  @Test
  void historyRowsKeepTheirRuntimeFields() throws Exception {
    List<HistoryRow> rows =
        List.of(
            new SalaryRow(
                5L,
                1L,
                "2",
                "A1",
                "01.003",
                3,
                null,
                LocalDate.of(2023, 4, 1),
                null,
                null,
                null,
                null));

    JsonNode json = mapper.valueToTree(rows);

    assertEquals("01.003", json.get(0).get("rankCode").asText());
    assertEquals("2023-04-01", json.get(0).get("effectiveDate").asText());
  }
}
