package vn.hoso.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import vn.hoso.api.personnel.ChangeContext;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.personnel.UnitData;
import vn.hoso.api.personnel.UnitView;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;
import vn.hoso.api.scope.UnitScope;

/**
 * Removing the retirement rule's feature while officers read warnings: its warnings disappear, no
 * request fails, and reinstalling it brings them back.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WarningsRedeployIT extends HosoTestSupport {

  private static final String RETIREMENT_FEATURE = "hoso-warning-retirement";
  private static final String ALL_DATES = "&from=1900-01-01&to=2200-12-31";
  private static final int PEOPLE = 3;

  @Inject private RecordService records;

  @Configuration
  public Option[] config() {
    return baseOptions();
  }

  @Test
  public void retirementWarningsFollowTheirFeature() throws Exception {
    awaitHealthy();
    String token = loginAsAdministrator();
    createPeopleNearRetirement();
    awaitRetirementWarnings(token, PEOPLE);

    WarningsLoad load = new WarningsLoad(token);
    Thread client = new Thread(load, "warnings-load");
    client.start();
    try {
      executeCommand("feature:uninstall " + RETIREMENT_FEATURE);
      awaitRetirementWarnings(token, 0);

      executeCommand("feature:install " + RETIREMENT_FEATURE);
      awaitRetirementWarnings(token, PEOPLE);
    } finally {
      load.stop.set(true);
      client.join(10_000);
    }

    assertTrue("Warnings load sent only " + load.requests.get(), load.requests.get() > 20);
    assertEquals(
        "Failed requests out of "
            + load.requests.get()
            + ", the first ones: "
            + load.failures.subList(0, Math.min(5, load.failures.size())),
        0,
        load.failures.size());
  }

  /** Creates men born in 1966, who all retire in 2027 or 2028 by the Labour Code roadmap. */
  private void createPeopleNearRetirement() {
    ChangeContext change = new ChangeContext("itest", "Dữ liệu kiểm thử cảnh báo");
    UnitView unit =
        records.createUnit(
            UnitScope.all(),
            change,
            new UnitData("ITEST-CB", "Cục Kiểm thử", "CUC", null, true, null));
    String[] names = {"Nguyễn Văn Hưu", "Trần Quốc Toản", "Lê Đình Phúc"};
    for (int i = 0; i < PEOPLE; i++) {
      records.createPerson(
          UnitScope.all(),
          change,
          PersonData.builder()
              .category(PersonCategory.CONG_CHUC)
              .fullName(names[i])
              .birthDate(PartialDate.ofDay(LocalDate.of(1966, 3 + i, 10)))
              .sex(Sex.MALE)
              .unitId(unit.id())
              .build());
    }
  }

  private void awaitRetirementWarnings(String token, int expected) throws Exception {
    awaitResponse(
        "/warnings?type=retirement&size=500" + ALL_DATES,
        response -> response.statusCode() == 200 && distinctPeople(response) == expected,
        Duration.ofSeconds(90),
        "Authorization",
        "Bearer " + token);
  }

  private static long distinctPeople(HttpResponse<String> response) {
    try {
      JsonNode items = json(response).path("items");
      java.util.Set<Long> people = new java.util.HashSet<>();
      items.forEach(item -> people.add(item.path("personId").asLong()));
      return people.size();
    } catch (IOException e) {
      return -1;
    }
  }

  /** Reads the warnings in a loop and records every response other than 200. */
  private final class WarningsLoad implements Runnable {
    final AtomicBoolean stop = new AtomicBoolean();
    final AtomicInteger requests = new AtomicInteger();
    final List<String> failures = new CopyOnWriteArrayList<>();
    private final String token;

    WarningsLoad(String token) {
      this.token = token;
    }

    @Override
    public void run() {
      while (!stop.get()) {
        requests.incrementAndGet();
        try {
          HttpResponse<String> response =
              get("/warnings?size=100" + ALL_DATES, "Authorization", "Bearer " + token);
          if (response.statusCode() != 200) {
            failures.add(response.statusCode() + " " + response.body());
          }
        } catch (IOException e) {
          failures.add(e.toString());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
