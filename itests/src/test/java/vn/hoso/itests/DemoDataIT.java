package vn.hoso.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The first start on the embedded H2 database loads the demo ministry, and the people list, the
 * data-quality resources, the warnings of every rule and the shell commands show it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DemoDataIT extends HosoTestSupport {

  private static final int PEOPLE = 3000;
  private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(3);

  @Configuration
  public Option[] config() {
    List<Option> options = new ArrayList<>(List.of(baseOptions()));
    options.add(editConfigurationFilePut("etc/vn.hoso.demo.cfg", "enabled", "true"));
    return options.toArray(Option[]::new);
  }

  @Test
  public void demoDataShowsInApiAndShell() throws Exception {
    awaitHealthy();
    String token = loginAsAdministrator();

    JsonNode people = awaitTotal("/people?size=5", token);
    JsonNode summary = slowGet("/quality/summary", token);
    JsonNode units = slowGet("/units", token);
    long ministryId = units.get(0).path("id").asLong();
    JsonNode ministry = slowGet("/quality/units/" + ministryId + "?size=5", token);
    long someone = people.path("items").get(0).path("id").asLong();
    JsonNode person = slowGet("/people/" + someone, token);
    String unitShow = executeCommand("hoso:unit-show BPTDT");
    String personShow =
        executeCommand("hoso:person-show " + person.path("identityNumber").asText());

    assertEquals(5, people.path("items").size());
    assertEquals(PEOPLE, summary.path("people").asLong());
    assertTrue(summary.toString(), summary.path("peopleWithProblems").asLong() > 0);
    assertEquals(44, summary.path("units").size());
    assertEquals("BPTDT", units.get(0).path("code").asText());
    assertEquals(PEOPLE, ministry.path("people").asLong());
    assertEquals(5, ministry.path("problems").path("items").size());
    assertTrue(unitShow, unitShow.contains("Bộ Phát triển Đô thị (BPTDT)"));
    assertTrue(unitShow, unitShow.contains(String.valueOf(PEOPLE)));
    assertTrue(personShow, personShow.contains(person.path("fullName").asText()));
  }

  @Test
  public void explainedWarningsOfEveryRule() throws Exception {
    awaitHealthy();
    String token = loginAsAdministrator();
    awaitTotal("/people?size=1", token);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    for (String rule : List.of("salary-step", "retirement", "reappointment")) {
      // The default window: anything overdue and the next 90 days.
      JsonNode page = awaitWarnings("/warnings?type=" + rule + "&size=20", token);
      for (JsonNode item : page.path("items")) {
        JsonNode event = item.path("event");
        String where = rule + " of person " + item.path("personId") + ": " + event;
        LocalDate due = LocalDate.parse(event.path("dueDate").asText());

        assertEquals(where, rule, event.path("ruleId").asText());
        assertFalse(where, item.path("fullName").asText().isBlank());
        assertFalse(where, event.path("title").asText().isBlank());
        assertFalse(where, event.path("legalBasis").asText().isBlank());
        assertTrue(where, event.path("reasoning").size() > 0);
        assertTrue(where, event.path("details").size() > 0);
        assertFalse(where, due.isAfter(today.plusDays(90)));
        if (event.path("kind").asText().equals("retirement")) {
          assertRetirementAgePlausible(where, event, due);
        }
      }

      long someone = page.path("items").get(0).path("personId").asLong();
      JsonNode explained = slowGet("/warnings/people/" + someone, token);
      assertTrue(explained.toString(), explained.size() > 0);
      assertTrue(explained.toString(), explained.get(0).path("event").path("reasoning").size() > 0);
    }
  }

  /**
   * Checks that retirement falls at an age the roadmap and its adjustments allow: 55 years 4 months
   * (women, 2021) to 62 (men from 2028), up to 5 years earlier or later, so 50 to 67 years.
   */
  private static void assertRetirementAgePlausible(String where, JsonNode event, LocalDate due) {
    LocalDate birth = LocalDate.parse(event.path("details").path("birthDate").asText());
    int ageYears = Integer.parseInt(event.path("details").path("ageYears").asText());
    long ageAtDue = ChronoUnit.YEARS.between(birth, due);

    assertTrue(where, ageYears >= 50);
    assertTrue(where, ageYears <= 67);
    assertTrue(where, ageAtDue >= ageYears - 1);
    assertTrue(where, ageAtDue <= ageYears + 1);
  }

  /** Polls a warnings list until it has items: the engine computes them after the demo loads. */
  private JsonNode awaitWarnings(String path, String token) throws Exception {
    long deadline = System.nanoTime() + LOAD_TIMEOUT.toNanos();
    JsonNode page = null;
    while (System.nanoTime() < deadline) {
      page = slowGet(path, token);
      if (page.path("total").asLong() > 0) {
        return page;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError(
        "GET " + path + " returned no warnings within " + LOAD_TIMEOUT + "; last page: " + page);
  }

  /**
   * Returns the body of a GET that succeeds within a minute: the checks over the whole ministry
   * take seconds on a busy test machine, longer than the ten seconds {@link #get} waits.
   */
  private JsonNode slowGet(String path, String token) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(api(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(path + ": " + response.body(), 200, response.statusCode());
    return json(response);
  }

  /** Polls a list until its total reaches the demo's people and returns it. */
  private JsonNode awaitTotal(String path, String token) throws Exception {
    long deadline = System.nanoTime() + LOAD_TIMEOUT.toNanos();
    String lastSeen = "no response";
    while (System.nanoTime() < deadline) {
      HttpResponse<String> response = get(path, "Authorization", "Bearer " + token);
      if (response.statusCode() == 200 && json(response).path("total").asLong() == PEOPLE) {
        return json(response);
      }
      lastSeen = response.statusCode() + " " + response.body();
      Thread.sleep(1000);
    }
    throw new AssertionError(
        "GET "
            + path
            + " did not reach "
            + PEOPLE
            + " people within "
            + LOAD_TIMEOUT
            + "; last response: "
            + lastSeen);
  }
}
