package vn.hoso.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The distribution boots on its default embedded H2 database and answers health and errors. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HealthIT extends HosoTestSupport {

  @Configuration
  public Option[] config() {
    return baseOptions();
  }

  @Test
  public void healthNamesH2AndTheMigratedSchema() throws Exception {
    JsonNode health = awaitHealthy();

    assertEquals("UP", health.path("status").asText());
    assertEquals("H2", health.path("database").path("product").asText());
    assertTrue(health.toString(), health.path("database").path("installationId").isTextual());
    assertFreshlyMigrated(health);
  }

  /**
   * Asserts that this start applied every records migration to an empty database: the migrations
   * are numbered V1 to Vn without gaps, so n were applied and the schema is at version n.
   */
  static void assertFreshlyMigrated(JsonNode health) {
    JsonNode records = findByField(health.path("schemas"), "owner", "vn.hoso.records");
    int applied = records.path("appliedThisStart").asInt();
    assertTrue(records.toString(), applied >= 1);
    assertEquals(String.valueOf(applied), records.path("version").asText());
  }

  @Test
  public void healthListsCoreFeaturesAndBundles() throws Exception {
    JsonNode health = awaitHealthy();

    assertEquals(
        "ACTIVE",
        findByField(health.path("bundles"), "name", "vn.hoso.rest").path("state").asText());
    assertEquals(
        "ACTIVE",
        findByField(health.path("bundles"), "name", "vn.hoso.records").path("state").asText());
    assertTrue(
        findByField(health.path("features"), "name", "hoso-core").path("version").isTextual());
  }

  @Test
  public void missingTokenIsVietnameseProblem() throws Exception {
    awaitHealthy();

    HttpResponse<String> response = get("/warnings");

    assertEquals(401, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse(""),
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    JsonNode problem = json(response);
    assertEquals("authentication-required", problem.path("code").asText());
    assertEquals("Chưa đăng nhập", problem.path("title").asText());
  }

  @Test
  public void unknownPathIsVietnameseProblem() throws Exception {
    awaitHealthy();
    String token = loginAsAdministrator();

    HttpResponse<String> response = get("/khong-co", "Authorization", "Bearer " + token);

    assertEquals(404, response.statusCode());
    JsonNode problem = json(response);
    assertEquals("not-found", problem.path("code").asText());
    assertEquals("Không tìm thấy", problem.path("title").asText());
    assertEquals(404, problem.path("status").asInt());
  }

  @Test
  public void englishProblemOnRequest() throws Exception {
    awaitHealthy();
    String token = loginAsAdministrator();

    HttpResponse<String> response =
        get("/khong-co", "Authorization", "Bearer " + token, "Accept-Language", "en-US,en;q=0.8");

    assertEquals(404, response.statusCode());
    assertEquals("Not found", json(response).path("title").asText());
  }

  @Test
  public void wrongMethodIsProblem() throws Exception {
    awaitHealthy();

    HttpResponse<String> response = send("DELETE", "/health");

    assertEquals(405, response.statusCode());
    assertEquals("method-not-allowed", json(response).path("code").asText());
  }

  static JsonNode findByField(JsonNode array, String field, String value) {
    for (JsonNode element : array) {
      if (value.equals(element.path(field).asText())) {
        return element;
      }
    }
    throw new AssertionError("No element with " + field + "=" + value + " in " + array);
  }
}
