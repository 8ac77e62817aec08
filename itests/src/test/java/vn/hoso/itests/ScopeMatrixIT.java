package vn.hoso.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.personnel.change.ChangeProposal;
import vn.hoso.api.personnel.change.ChangeRequest;
import vn.hoso.api.personnel.change.ChangeRequestService;
import vn.hoso.api.personnel.change.Evidence;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.api.security.Role;

/**
 * Proves on the real distribution that callers scoped to unit A get nothing of unit B, which is not
 * under A, nor of a person without a unit, on every endpoint of units, people, history tables,
 * audit, warnings and change requests. Of the imports, it checks only that leaders and employees
 * get 403. The callers are the unit officer, the leader and an employee of A, and the tests also
 * check that their legitimate access works. It also covers lockout, expired, revoked and tampered
 * tokens, and change requests from submission to approval and rejection.
 *
 * <p>Runs on the embedded H2 database; {@link PostgresScopeMatrixIT} runs the same tests on
 * PostgreSQL. The read-only tests share one set of records and users; the tests that change records
 * create their own.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ScopeMatrixIT extends HosoTestSupport {

  /** A due date far enough ahead to include every person's retirement warning. */
  static final String FAR_FUTURE = "2099-12-31";

  static final Duration WARNING_TIMEOUT = Duration.ofSeconds(90);

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final AtomicInteger WORLDS = new AtomicInteger();
  private static ScopeWorld shared;

  @Inject protected RecordService records;
  @Inject protected ChangeRequestService changeRequests;

  @Configuration
  public Option[] config() {
    return baseOptions();
  }

  @Before
  public void awaitStart() throws Exception {
    awaitHealthy();
  }

  // ---- units
  // -------------------------------------------------------------------------------------

  @Test
  public void unitTreeShowsOnlyUnitsInScope() throws Exception {
    ScopeWorld w = shared();

    for (String token : List.of(w.officerA, w.leaderA)) {
      HttpResponse<String> tree = call("GET", "/units", token, null);

      assertEquals(tree.body(), 200, tree.statusCode());
      assertEquals(Set.of(w.unitA.id(), w.childOfA.id()), unitIds(json(tree)));
    }
    assertDenied("employee /units", call("GET", "/units", w.employeeA, null), w);
    for (String token : List.of(w.administrator, w.ministryOfficer)) {
      Set<Long> all = unitIds(json(call("GET", "/units", token, null)));

      assertTrue(all.toString(), all.containsAll(Set.of(w.unitA.id(), w.unitB.id())));
    }
  }

  @Test
  public void unitDetailsOfBAreDenied() throws Exception {
    ScopeWorld w = shared();

    for (Map.Entry<String, String> user : scopedToA(w).entrySet()) {
      String who = user.getKey() + " ";
      assertDenied(who + "unit B", call("GET", "/units/" + w.unitB.id(), user.getValue(), null), w);
      assertDenied(
          who + "moves of B",
          call("GET", "/units/" + w.unitB.id() + "/moves", user.getValue(), null),
          w);
    }
    for (String token : List.of(w.officerA, w.leaderA)) {
      assertStatus(200, call("GET", "/units/" + w.childOfA.id(), token, null));
      assertStatus(200, call("GET", "/units/" + w.childOfA.id() + "/moves", token, null));
    }
    assertStatus(200, call("GET", "/units/" + w.unitB.id(), w.ministryOfficer, null));
  }

  // ---- people
  // ------------------------------------------------------------------------------------

  @Test
  public void peopleListAndSearchHideOthers() throws Exception {
    ScopeWorld w = shared();

    for (String token : List.of(w.officerA, w.leaderA)) {
      JsonNode everyone = json(call("GET", "/people?size=500", token, null));

      assertEquals(List.of(w.personA.id()), ids(everyone.path("items")));
      assertEquals(1, everyone.path("total").asLong());
      assertEquals(
          List.of(w.personA.id()),
          ids(json(call("GET", "/people?unit=" + w.unitA.id(), token, null)).path("items")));
      assertEquals(
          List.of(w.personA.id()),
          ids(json(call("GET", "/people?q=" + query("Khải"), token, null)).path("items")));
      assertEquals(0, searchTotal(token, ScopeWorld.NAME_B));
      assertEquals(0, searchTotal(token, ScopeWorld.NAME_UNITLESS));
      assertDenied("?unit=B", call("GET", "/people?unit=" + w.unitB.id(), token, null), w);
    }
    assertDenied("employee /people", call("GET", "/people", w.employeeA, null), w);
    assertDenied(
        "employee search",
        call("GET", "/people?q=" + query(ScopeWorld.NAME_B), w.employeeA, null),
        w);
    for (String token : List.of(w.administrator, w.ministryOfficer)) {
      assertTrue(searchIds(token, ScopeWorld.NAME_B).contains(w.personB.id()));
      assertTrue(searchIds(token, ScopeWorld.NAME_UNITLESS).contains(w.unitless.id()));
    }
  }

  @Test
  public void personDetailsOfOthersAreDenied() throws Exception {
    ScopeWorld w = shared();

    for (Map.Entry<String, String> user : scopedToA(w).entrySet()) {
      for (long other : List.of(w.personB.id(), w.unitless.id())) {
        String who = user.getKey() + " person " + other;
        assertDenied(who, call("GET", "/people/" + other, user.getValue(), null), w);
        assertDenied(
            who + " record", call("GET", "/people/" + other + "/record", user.getValue(), null), w);
      }
      assertStatus(200, call("GET", "/people/" + w.personA.id(), user.getValue(), null));
      assertStatus(
          200, call("GET", "/people/" + w.personA.id() + "/record", user.getValue(), null));
    }
    assertStatus(200, call("GET", "/people/" + w.unitless.id(), w.administrator, null));
    assertStatus(200, call("GET", "/people/" + w.personB.id(), w.ministryOfficer, null));
  }

  @Test
  public void historyOfOthersIsDenied() throws Exception {
    ScopeWorld w = shared();

    for (Map.Entry<String, String> user : scopedToA(w).entrySet()) {
      String token = user.getValue();
      for (HistoryKind<?> kind : HistoryKind.all()) {
        String who = user.getKey() + " " + kind.path() + " of ";
        assertDenied(
            who + "B",
            call("GET", "/people/" + w.personB.id() + "/" + kind.path(), token, null),
            w);
        assertDenied(
            who + "unit-less person",
            call("GET", "/people/" + w.unitless.id() + "/" + kind.path(), token, null),
            w);
        assertStatus(
            200, call("GET", "/people/" + w.personA.id() + "/" + kind.path(), token, null));
      }
      for (HistoryKind<?> kind : ScopeWorld.KINDS_WITH_ROWS) {
        String rowOfB = "/" + kind.path() + "/" + w.rowsB.get(kind);
        assertDenied(
            user.getKey() + " row of B",
            call("GET", "/people/" + w.personB.id() + rowOfB, token, null),
            w);
        assertDenied(
            user.getKey() + " row of B under A",
            call("GET", "/people/" + w.personA.id() + rowOfB, token, null),
            w);
        assertDenied(
            user.getKey() + " row of the unit-less person",
            call(
                "GET",
                "/people/" + w.unitless.id() + "/" + kind.path() + "/" + w.rowsUnitless.get(kind),
                token,
                null),
            w);
        assertStatus(
            200,
            call(
                "GET",
                "/people/" + w.personA.id() + "/" + kind.path() + "/" + w.rowsA.get(kind),
                token,
                null));
      }
    }
  }

  // ---- audit
  // -------------------------------------------------------------------------------------

  @Test
  public void auditOfOthersIsDenied() throws Exception {
    ScopeWorld w = shared();

    for (Map.Entry<String, String> user : scopedToA(w).entrySet()) {
      String who = user.getKey() + " ";
      String token = user.getValue();
      for (long other : List.of(w.personB.id(), w.unitless.id())) {
        assertDenied(
            who + "audit of " + other, call("GET", "/people/" + other + "/audit", token, null), w);
        assertDenied(
            who + "?person=" + other, call("GET", "/audit?person=" + other, token, null), w);
      }
      assertDenied(who + "?unit=B", call("GET", "/audit?unit=" + w.unitB.id(), token, null), w);

      JsonNode entries = json(call("GET", "/audit?size=500", token, null)).path("items");
      for (JsonNode entry : entries) {
        assertFalse(entry.toString(), isOf(entry, w.personB.id(), w.unitB.id()));
        assertFalse(entry.toString(), entry.path("personId").asLong() == w.unitless.id());
      }
      assertTrue(who, personIds(entries).contains(w.personA.id()));
      JsonNode ownAudit =
          json(call("GET", "/people/" + w.personA.id() + "/audit", token, null)).path("items");
      assertTrue(who, ownAudit.size() > 0);
    }
    JsonNode employeeEntries = json(call("GET", "/audit?size=500", w.employeeA, null));
    assertEquals(Set.of(w.personA.id()), personIds(employeeEntries.path("items")));
  }

  // ---- data quality
  // ------------------------------------------------------------------------------

  @Test
  public void qualityOfOthersIsHidden() throws Exception {
    ScopeWorld w = shared();

    for (Map.Entry<String, String> user : scopedToA(w).entrySet()) {
      String who = user.getKey() + " ";
      String token = user.getValue();
      for (long other : List.of(w.personB.id(), w.unitless.id())) {
        assertDenied(
            who + "quality of " + other, call("GET", "/quality/people/" + other, token, null), w);
      }
      assertDenied(
          who + "quality of unit B", call("GET", "/quality/units/" + w.unitB.id(), token, null), w);
    }

    for (String token : List.of(w.officerA, w.leaderA)) {
      HttpResponse<String> summary = call("GET", "/quality/summary", token, null);
      HttpResponse<String> unitA =
          call("GET", "/quality/units/" + w.unitA.id() + "?size=500", token, null);
      HttpResponse<String> personA = call("GET", "/quality/people/" + w.personA.id(), token, null);

      for (HttpResponse<String> response : List.of(summary, unitA, personA)) {
        assertStatus(200, response);
        assertFalse(response.body(), response.body().contains(ScopeWorld.NAME_B));
        assertFalse(response.body(), response.body().contains(ScopeWorld.NAME_UNITLESS));
        assertFalse(response.body(), response.body().contains(w.unitB.code()));
      }
      Set<String> summaryUnits = new HashSet<>();
      json(summary).path("units").forEach(unit -> summaryUnits.add(unit.path("code").asText()));
      assertTrue(summary.body(), summaryUnits.contains(w.childOfA.code()));
    }

    JsonNode everyone = json(call("GET", "/quality/summary", w.administrator, null));
    Set<String> allUnits = new HashSet<>();
    everyone.path("units").forEach(unit -> allUnits.add(unit.path("code").asText()));
    assertTrue(everyone.toString(), allUnits.contains(w.unitB.code()));
  }

  // ---- warnings
  // ----------------------------------------------------------------------------------

  @Test
  public void warningsOfOthersAreHidden() throws Exception {
    ScopeWorld w = shared();
    awaitWarnings(w, w.personA.id(), w.personB.id(), w.unitless.id());

    for (String token : List.of(w.officerA, w.leaderA)) {
      JsonNode page = json(call("GET", "/warnings?size=500&to=" + FAR_FUTURE, token, null));
      JsonNode counts = json(call("GET", "/warnings/counts?to=" + FAR_FUTURE, token, null));

      assertEquals(Set.of(w.personA.id()), personIds(page.path("items")));
      assertEquals(
          Set.of(w.personA.id()),
          personIds(
              json(call(
                      "GET",
                      "/warnings?size=500&to=" + FAR_FUTURE + "&unit=" + w.unitA.id(),
                      token,
                      null))
                  .path("items")));
      for (JsonNode count : counts) {
        assertEquals(count.toString(), w.childOfA.id(), count.path("unitId").asLong());
      }
      assertTrue(counts.toString(), counts.size() > 0);
      assertDenied(
          "?unit=B",
          call("GET", "/warnings?to=" + FAR_FUTURE + "&unit=" + w.unitB.id(), token, null),
          w);
      assertDenied(
          "counts ?unit=B",
          call("GET", "/warnings/counts?to=" + FAR_FUTURE + "&unit=" + w.unitB.id(), token, null),
          w);
      for (long other : List.of(w.personB.id(), w.unitless.id())) {
        assertDenied(
            "warnings of " + other, call("GET", "/warnings/people/" + other, token, null), w);
      }
      assertTrue(json(call("GET", "/warnings/people/" + w.personA.id(), token, null)).size() > 0);
    }
    for (String path :
        List.of("/warnings", "/warnings/counts", "/warnings/people/" + w.personA.id())) {
      assertDenied("employee " + path, call("GET", path, w.employeeA, null), w);
    }
    JsonNode everything =
        json(call("GET", "/warnings?size=500&to=" + FAR_FUTURE, w.administrator, null));
    assertTrue(
        personIds(everything.path("items"))
            .containsAll(Set.of(w.personA.id(), w.personB.id(), w.unitless.id())));
  }

  // ---- writes
  // ------------------------------------------------------------------------------------

  @Test
  public void writesOutsideScopeAreDenied() throws Exception {
    ScopeWorld w = shared();
    long versionOfB = records.person(UnitScope.all(), w.personB.id()).version();
    String person = personBody(w.unitB.id());
    String training = trainingBody();
    String rowOfB = "/people/" + w.personB.id() + "/training/" + w.rowsB.get(HistoryKind.TRAINING);

    for (Map.Entry<String, String> user : scopedToA(w).entrySet()) {
      String who = user.getKey() + " ";
      String token = user.getValue();
      assertDenied(
          who + "PUT B",
          call("PUT", "/people/" + w.personB.id(), token, person, "If-Match", "\"1\""),
          w);
      assertDenied(
          who + "DELETE B",
          call("DELETE", "/people/" + w.personB.id() + "?version=1", token, null),
          w);
      assertDenied(who + "POST into B", call("POST", "/people", token, person), w);
      assertDenied(
          who + "add row to B",
          call("POST", "/people/" + w.personB.id() + "/training", token, training),
          w);
      assertDenied(
          who + "PUT row of B", call("PUT", rowOfB, token, training, "If-Match", "\"1\""), w);
      assertDenied(who + "DELETE row of B", call("DELETE", rowOfB + "?version=1", token, null), w);
      assertDenied(
          who + "unit under B",
          call("POST", "/units", token, unitBody("X-" + w.tag, w.unitB.id())),
          w);
      assertDenied(
          who + "PUT unit B",
          call(
              "PUT",
              "/units/" + w.unitB.id(),
              token,
              unitBody("B-" + w.tag, null),
              "If-Match",
              "\"1\""),
          w);
      assertDenied(
          who + "DELETE unit B",
          call("DELETE", "/units/" + w.unitB.id() + "?version=1", token, null),
          w);
      assertDenied(
          who + "move unit B",
          call(
              "POST",
              "/units/" + w.unitB.id() + "/moves",
              token,
              "{\"newParentId\":" + w.unitA.id() + ",\"version\":1}"),
          w);
    }
    for (String readOnly : List.of(w.leaderA, w.employeeA)) {
      assertStatus(403, call("POST", "/imports?filename=a.csv", readOnly, "{}"));
      assertStatus(
          403, call("PUT", "/people/" + w.personA.id(), readOnly, person, "If-Match", "\"1\""));
      assertStatus(
          403, call("POST", "/people/" + w.personA.id() + "/training", readOnly, training));
      assertStatus(403, call("POST", "/units", readOnly, unitBody("Y-" + w.tag, w.unitA.id())));
    }
    assertEquals(versionOfB, records.person(UnitScope.all(), w.personB.id()).version());
  }

  @Test
  public void officerWriteIsAuditedUnderUserName() throws Exception {
    ScopeWorld w = newWorld();
    ObjectNode person =
        (ObjectNode) json(call("GET", "/people/" + w.personA.id(), w.officerA, null));
    person.put("otherNames", "Khải Nhỏ");

    HttpResponse<String> updated =
        call(
            "PUT",
            "/people/" + w.personA.id() + "?reason=" + query("sửa lỗi nhập liệu"),
            w.officerA,
            person.toString());

    assertStatus(200, updated);
    JsonNode entry = auditEntry(w, w.administrator, "person", "otherNames");
    assertEquals(w.officerAName, entry.path("actor").asText());
    assertEquals("sửa lỗi nhập liệu", entry.path("reason").asText());
  }

  // ---- change requests
  // ---------------------------------------------------------------------------

  @Test
  public void changeRequestsOfOthersAreDenied() throws Exception {
    ScopeWorld w = shared();
    long ofB = submitDirectly(w.personB.id(), "someone-b-" + w.tag);
    long ofUnitless = submitDirectly(w.unitless.id(), "someone-x-" + w.tag);

    for (Map.Entry<String, String> user : scopedToA(w).entrySet()) {
      String who = user.getKey() + " ";
      String token = user.getValue();
      JsonNode visible = json(call("GET", "/change-requests?size=500", token, null)).path("items");
      assertFalse(who + visible, personIds(visible).contains(w.personB.id()));
      assertFalse(who + visible, personIds(visible).contains(w.unitless.id()));
      for (long other : List.of(ofB, ofUnitless)) {
        assertDenied(
            who + "request " + other, call("GET", "/change-requests/" + other, token, null), w);
        assertDenied(
            who + "evidence " + other,
            call("GET", "/change-requests/" + other + "/evidence", token, null),
            w);
        assertDenied(
            who + "approve " + other,
            call("POST", "/change-requests/" + other + "/approve", token, null),
            w);
        assertDenied(
            who + "reject " + other,
            call("POST", "/change-requests/" + other + "/reject", token, "{\"reason\":\"Không\"}"),
            w);
      }
    }
    assertStatus(200, call("GET", "/change-requests/" + ofB, w.administrator, null));
    assertStatus(200, call("GET", "/change-requests/" + ofUnitless, w.ministryOfficer, null));
  }

  @Test
  public void changeRequestApprovedEndToEnd() throws Exception {
    ScopeWorld w = newWorld();
    byte[] pdf = "%PDF-1.4\n% xác nhận cư trú\n".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> submitted =
        call(
            "POST",
            "/change-requests",
            w.employeeA,
            addressChange(w, "Số 5 Lý Thái Tổ, Hà Nội", pdf));
    assertStatus(201, submitted);
    long id = json(submitted).path("id").asLong();

    JsonNode pending = json(call("GET", "/change-requests?status=PENDING", w.officerA, null));
    assertEquals(List.of(id), ids(pending.path("items")));
    JsonNode change = json(submitted).path("changes").get(0);
    assertEquals("currentAddress", change.path("field").asText());
    assertEquals("Số 1 Tràng Tiền, Hà Nội", change.path("oldValue").asText());
    assertEquals("Số 5 Lý Thái Tổ, Hà Nội", change.path("newValue").asText());
    HttpResponse<byte[]> evidence = getBytes("/change-requests/" + id + "/evidence", w.officerA);
    assertEquals(200, evidence.statusCode());
    assertEquals("application/pdf", evidence.headers().firstValue("Content-Type").orElse(""));
    assertArrayEquals(pdf, evidence.body());
    assertStatus(403, call("POST", "/change-requests/" + id + "/approve", w.leaderA, null));
    assertStatus(403, call("POST", "/change-requests/" + id + "/approve", w.employeeA, null));

    HttpResponse<String> approved =
        call("POST", "/change-requests/" + id + "/approve", w.officerA, null);

    assertStatus(200, approved);
    assertEquals("APPROVED", json(approved).path("status").asText());
    JsonNode seen = json(call("GET", "/change-requests/" + id, w.employeeA, null));
    assertEquals("APPROVED", seen.path("status").asText());
    assertEquals(w.officerAName, seen.path("decidedBy").asText());
    JsonNode person = json(call("GET", "/people/" + w.personA.id(), w.employeeA, null));
    assertEquals("Số 5 Lý Thái Tổ, Hà Nội", person.path("currentAddress").asText());
    JsonNode entry = auditEntry(w, w.employeeA, "person", "currentAddress");
    assertEquals(w.officerAName, entry.path("actor").asText());
    assertEquals("change-request:" + id, entry.path("reason").asText());
    HttpResponse<String> again =
        call("POST", "/change-requests/" + id + "/approve", w.officerA, null);
    assertStatus(409, again);
    assertEquals("change-request-closed", json(again).path("code").asText());
  }

  @Test
  public void changeRequestRejectedEndToEnd() throws Exception {
    ScopeWorld w = newWorld();
    ObjectNode body = MAPPER.createObjectNode();
    body.put("operation", "ADD_ROW").put("kind", "training").put("note", "Bằng thạc sĩ năm 2015");
    body.set("values", MAPPER.readTree(trainingBody()));

    HttpResponse<String> submitted = call("POST", "/change-requests", w.employeeA, body.toString());
    assertStatus(201, submitted);
    long id = json(submitted).path("id").asLong();
    HttpResponse<String> withoutReason =
        call("POST", "/change-requests/" + id + "/reject", w.officerA, "{\"reason\":\" \"}");
    assertStatus(422, withoutReason);

    HttpResponse<String> rejected =
        call(
            "POST",
            "/change-requests/" + id + "/reject",
            w.officerA,
            "{\"reason\":\"Chưa có bản sao bằng tốt nghiệp\"}");

    assertStatus(200, rejected);
    JsonNode seen = json(call("GET", "/change-requests/" + id, w.employeeA, null));
    assertEquals("REJECTED", seen.path("status").asText());
    assertEquals("Chưa có bản sao bằng tốt nghiệp", seen.path("rejectionReason").asText());
    JsonNode training =
        json(call("GET", "/people/" + w.personA.id() + "/training", w.employeeA, null));
    assertEquals(1, training.size());
  }

  @Test
  public void staleChangeRequestStaysPending() throws Exception {
    ScopeWorld w = newWorld();
    HttpResponse<String> submitted =
        call(
            "POST",
            "/change-requests",
            w.employeeA,
            addressChange(w, "Số 9 Hàng Bài, Hà Nội", null));
    long id = json(submitted).path("id").asLong();
    ObjectNode person =
        (ObjectNode) json(call("GET", "/people/" + w.personA.id(), w.officerA, null));
    person.put("otherNames", "Khải Lớn");
    assertStatus(200, call("PUT", "/people/" + w.personA.id(), w.officerA, person.toString()));

    HttpResponse<String> approval =
        call("POST", "/change-requests/" + id + "/approve", w.officerA, null);

    assertStatus(409, approval);
    assertEquals("stale-version", json(approval).path("code").asText());
    assertEquals(
        "PENDING",
        json(call("GET", "/change-requests/" + id, w.employeeA, null)).path("status").asText());
    assertEquals(
        "Số 1 Tràng Tiền, Hà Nội",
        json(call("GET", "/people/" + w.personA.id(), w.employeeA, null))
            .path("currentAddress")
            .asText());
  }

  @Test
  public void restrictedChangeRequestsAreRejected() throws Exception {
    ScopeWorld w = shared();
    long version = records.person(UnitScope.all(), w.personA.id()).version();
    String unitChange =
        "{\"operation\":\"UPDATE_PERSON\",\"version\":"
            + version
            + ",\"values\":{\"unitId\":"
            + w.unitB.id()
            + "}}";
    String salary =
        "{\"operation\":\"ADD_ROW\",\"kind\":\"salary\",\"values\":{\"rankCode\":\"01.003\","
            + "\"step\":9,\"effectiveDate\":\"2025-01-01\"}}";

    HttpResponse<String> vietnamese = call("POST", "/change-requests", w.employeeA, unitChange);
    HttpResponse<String> english =
        call("POST", "/change-requests", w.employeeA, unitChange, "Accept-Language", "en");
    HttpResponse<String> salaryRow = call("POST", "/change-requests", w.employeeA, salary);
    HttpResponse<String> byOfficer = call("POST", "/change-requests", w.officerA, unitChange);

    assertStatus(422, vietnamese);
    JsonNode error = json(vietnamese).path("errors").get(0);
    assertEquals("change-not-allowed", error.path("code").asText());
    assertTrue(
        error.path("message").asText(), error.path("message").asText().startsWith("Đơn vị:"));
    assertTrue(
        json(english).path("errors").get(0).path("message").asText(),
        json(english).path("errors").get(0).path("message").asText().contains("cannot request"));
    assertStatus(422, salaryRow);
    assertEquals(
        "change-table-not-allowed", json(salaryRow).path("errors").get(0).path("code").asText());
    assertStatus(403, byOfficer);
  }

  // ---- authentication
  // ----------------------------------------------------------------------------

  @Test
  public void fiveFailedLoginsLockTheAccount() throws Exception {
    String username = "lockout-" + WORLDS.incrementAndGet();
    loginAs(username, Set.of(Role.LEADER), Set.of("1"));

    for (int attempt = 1; attempt <= 5; attempt++) {
      assertStatus(401, login(username, "sai mật khẩu " + attempt));
    }
    HttpResponse<String> correct = login(username, TEST_PASSWORD);

    assertStatus(401, correct);
    assertEquals("invalid-credentials", json(correct).path("code").asText());
  }

  @Test
  public void expiredTokenIsRejected() throws Exception {
    ScopeWorld w = shared();
    String username = "expiry-" + WORLDS.incrementAndGet();
    loginAs(username, Set.of(Role.MINISTRY_OFFICER), Set.of());
    Path configuration = Path.of(System.getProperty("karaf.etc"), "vn.hoso.security.cfg");
    try {
      Files.writeString(configuration, "access.token.seconds = 2\n");
      String token =
          awaitLogin(username, grant -> grant.path("expiresIn").asLong() <= 2)
              .path("accessToken")
              .asText();

      HttpResponse<String> expired =
          awaitCall("/people/" + w.personA.id(), token, response -> response.statusCode() == 401);

      assertEquals("expired-token", json(expired).path("code").asText());
    } finally {
      Files.writeString(configuration, "access.token.seconds = 0\n");
      awaitLogin(username, grant -> grant.path("expiresIn").asLong() > 60);
    }
  }

  @Test
  public void loggedOutTokenIsRevoked() throws Exception {
    ScopeWorld w = shared();
    String token = json(login("employee-a-" + w.tag, TEST_PASSWORD)).path("accessToken").asText();
    assertStatus(200, call("GET", "/people/" + w.personA.id(), token, null));

    assertStatus(204, call("POST", "/auth/logout", token, null));
    HttpResponse<String> afterLogout = call("GET", "/people/" + w.personA.id(), token, null);

    assertStatus(401, afterLogout);
    assertEquals("revoked-token", json(afterLogout).path("code").asText());
  }

  @Test
  public void tamperedTokenIsRejected() throws Exception {
    ScopeWorld w = shared();
    String[] parts = w.officerA.split("\\.");
    ObjectNode claims = (ObjectNode) MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
    claims.put("sub", "00000000-0000-0000-0000-000000000001");
    String otherSubject =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(MAPPER.writeValueAsBytes(claims))
            + "."
            + parts[2];
    char last = parts[2].charAt(parts[2].length() - 2);
    String otherSignature =
        parts[0]
            + "."
            + parts[1]
            + "."
            + parts[2].substring(0, parts[2].length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + parts[2].charAt(parts[2].length() - 1);

    for (String tampered : List.of(otherSubject, otherSignature)) {
      HttpResponse<String> response = call("GET", "/people/" + w.personA.id(), tampered, null);

      assertStatus(401, response);
      assertEquals("invalid-token", json(response).path("code").asText());
    }
  }

  @Test
  public void nonNumericUnitIdIsRejected() throws Exception {
    ScopeWorld w = shared();
    String user =
        "{\"username\":\"so-"
            + w.tag
            + "\",\"password\":\""
            + TEST_PASSWORD
            + "\","
            + "\"roles\":[\"UNIT_OFFICER\"],\"unitIds\":[\"Phòng A\"]}";

    HttpResponse<String> vietnamese = call("POST", "/users", w.administrator, user);
    HttpResponse<String> english =
        call("POST", "/users", w.administrator, user, "Accept-Language", "en");

    assertStatus(400, vietnamese);
    assertEquals("invalid-id", json(vietnamese).path("code").asText());
    assertTrue(
        vietnamese.body(), json(vietnamese).path("detail").asText().contains("số nguyên dương"));
    assertTrue(
        english.body(), json(english).path("detail").asText().contains("positive whole numbers"));
  }

  // ---- helpers
  // -----------------------------------------------------------------------------------

  /** Returns the world the read-only tests share, creating it on first use. */
  private ScopeWorld shared() throws Exception {
    synchronized (ScopeMatrixIT.class) {
      if (shared == null) {
        shared = newWorld();
      }
      return shared;
    }
  }

  private ScopeWorld newWorld() throws Exception {
    return ScopeWorld.create("w" + WORLDS.incrementAndGet(), records, this::loginAs);
  }

  /** Returns the tokens of the users scoped to unit A, by role. */
  private static Map<String, String> scopedToA(ScopeWorld w) {
    Map<String, String> users = new LinkedHashMap<>();
    users.put("unit officer of A", w.officerA);
    users.put("leader of A", w.leaderA);
    users.put("employee of A", w.employeeA);
    return users;
  }

  /**
   * Asserts that a response denies the request (403 or 404) and shows none of the records outside
   * unit A.
   */
  private static void assertDenied(String what, HttpResponse<String> response, ScopeWorld w) {
    int status = response.statusCode();
    assertTrue(what + ": " + status + " " + response.body(), status == 403 || status == 404);
    assertFalse(what + " shows B: " + response.body(), response.body().contains(ScopeWorld.NAME_B));
    assertFalse(
        what + " shows the unit-less person: " + response.body(),
        response.body().contains(ScopeWorld.NAME_UNITLESS));
    assertFalse(
        what + " shows unit B: " + response.body(), response.body().contains(w.unitB.code()));
  }

  private static void assertStatus(int expected, HttpResponse<String> response) {
    assertEquals(response.body(), expected, response.statusCode());
  }

  private static boolean isOf(JsonNode entry, long personId, long unitId) {
    return entry.path("personId").asLong() == personId || entry.path("unitId").asLong() == unitId;
  }

  /** Returns the ids of the units in trees whose nodes carry the unit's fields and children. */
  private static Set<Long> unitIds(JsonNode trees) {
    Set<Long> ids = new HashSet<>();
    for (JsonNode node : trees) {
      ids.add(node.path("id").asLong());
      ids.addAll(unitIds(node.path("children")));
    }
    return ids;
  }

  private static List<Long> ids(JsonNode items) {
    List<Long> ids = new ArrayList<>();
    items.forEach(item -> ids.add(item.path("id").asLong()));
    return ids;
  }

  private static Set<Long> personIds(JsonNode items) {
    Set<Long> ids = new HashSet<>();
    items.forEach(item -> ids.add(item.path("personId").asLong()));
    return ids;
  }

  private long searchTotal(String token, String text) throws Exception {
    return json(call("GET", "/people?q=" + query(text), token, null)).path("total").asLong();
  }

  private List<Long> searchIds(String token, String text) throws Exception {
    return ids(json(call("GET", "/people?size=500&q=" + query(text), token, null)).path("items"));
  }

  private static String query(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** Returns the newest audit entry of a field of person A, as the given user reads it. */
  private JsonNode auditEntry(ScopeWorld w, String token, String table, String field)
      throws Exception {
    JsonNode entries =
        json(call("GET", "/people/" + w.personA.id() + "/audit?size=500", token, null))
            .path("items");
    for (JsonNode entry : entries) {
      if (table.equals(entry.path("table").asText())
          && field.equals(entry.path("field").asText())) {
        return entry;
      }
    }
    throw new AssertionError("No audit entry of " + table + "." + field + " in " + entries);
  }

  /** Waits until the warning engine has computed warnings for each of the people. */
  private void awaitWarnings(ScopeWorld w, long... personIds) throws Exception {
    for (long personId : personIds) {
      awaitCall(
          "/warnings/people/" + personId,
          w.administrator,
          response -> response.statusCode() == 200 && response.body().contains("\"ruleId\""));
    }
  }

  /** Polls a GET until the response matches and fails with the last response seen. */
  private HttpResponse<String> awaitCall(
      String path, String token, Predicate<HttpResponse<String>> condition) throws Exception {
    long deadline = System.nanoTime() + WARNING_TIMEOUT.toNanos();
    String lastSeen = "no response";
    while (System.nanoTime() < deadline) {
      HttpResponse<String> response = call("GET", path, token, null);
      if (condition.test(response)) {
        return response;
      }
      lastSeen = response.statusCode() + " " + response.body();
      Thread.sleep(250);
    }
    throw new AssertionError("GET " + path + " did not match; last response: " + lastSeen);
  }

  /** Logs in until the grant matches, and fails with the last grant seen. */
  private JsonNode awaitLogin(String username, Predicate<JsonNode> condition) throws Exception {
    long deadline = System.nanoTime() + DEFAULT_TIMEOUT.toNanos();
    String lastSeen = "no response";
    while (System.nanoTime() < deadline) {
      HttpResponse<String> response = login(username, TEST_PASSWORD);
      if (response.statusCode() == 200 && condition.test(json(response))) {
        return json(response);
      }
      lastSeen = response.statusCode() + " expiresIn " + json(response).path("expiresIn");
      Thread.sleep(250);
    }
    throw new AssertionError("Login of '" + username + "' did not match; last: " + lastSeen);
  }

  /** Submits a pending request through the service, as the person's own employee would. */
  private long submitDirectly(long personId, String submitter) {
    var data = records.person(UnitScope.all(), personId).data();
    ChangeRequest request =
        changeRequests.submit(
            UnitScope.ownRecord(personId),
            submitter,
            personId,
            ChangeProposal.updatePerson(
                data.toBuilder().currentAddress("Số 7 Nguyễn Du, Huế").build(), "Chuyển nhà"),
            new Evidence(
                "a.png",
                "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}));
    return request.id();
  }

  private String addressChange(ScopeWorld w, String address, byte[] pdf) {
    long version = records.person(UnitScope.all(), w.personA.id()).version();
    ObjectNode body = MAPPER.createObjectNode();
    body.put("operation", "UPDATE_PERSON").put("version", version).put("note", "Đã chuyển nhà");
    body.putObject("values").put("currentAddress", address);
    if (pdf != null) {
      body.putObject("evidence")
          .put("fileName", "xác nhận cư trú.pdf")
          .put("contentType", "application/pdf")
          .put("content", Base64.getEncoder().encodeToString(pdf));
    }
    return body.toString();
  }

  private static String personBody(long unitId) {
    return "{\"category\":\"CONG_CHUC\",\"fullName\":\"Lê Văn Mới\",\"birthDate\":\"1990-01-01\","
        + "\"sex\":\"MALE\",\"unitId\":"
        + unitId
        + ",\"version\":1}";
  }

  private static String trainingBody() {
    return "{\"type\":\"PROFESSIONAL\",\"from\":\"2013-09-01\",\"to\":\"2015-06-30\","
        + "\"school\":\"Học viện Hành chính Quốc gia\",\"field\":\"Quản lý công\","
        + "\"mode\":\"IN_SERVICE\",\"degree\":\"Thạc sĩ\"}";
  }

  private static String unitBody(String code, Long parentId) {
    return "{\"code\":\""
        + code
        + "\",\"name\":\"Phòng mới\",\"kindCode\":\"PHONG\",\"parentId\":"
        + parentId
        + ",\"active\":true,\"version\":1}";
  }
}
