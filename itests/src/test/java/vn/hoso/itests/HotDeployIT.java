package vn.hoso.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

/**
 * Installing and removing a plugin feature with plain {@code feature:install} and {@code
 * feature:uninstall} while clients call the API: no request fails and no other bundle stops.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployIT extends HosoTestSupport {

  private static final int CYCLES = 5;
  private static final String PLUGIN_FEATURE = "hoso-test-plugin";
  private static final String PLUGIN_BUNDLE = "vn.hoso.test-plugin";
  private static final String PLUGIN_CHECK = "test-plugin";

  @Configuration
  public Option[] config() {
    return baseOptions();
  }

  @Test
  public void pluginComesAndGoesWithoutDisturbingCore() throws Exception {
    awaitHealthy();
    executeCommand("feature:repo-add " + System.getProperty(PLUGIN_FEATURES_PROPERTY));

    Set<String> disturbedBundles = ConcurrentHashMap.newKeySet();
    BundleListener stopWatcher =
        event -> {
          String name = event.getBundle().getSymbolicName();
          boolean stoppedOrUnresolved =
              event.getType() == BundleEvent.STOPPED || event.getType() == BundleEvent.UNRESOLVED;
          if (stoppedOrUnresolved && !PLUGIN_BUNDLE.equals(name)) {
            disturbedBundles.add(name);
          }
        };
    bundleContext.addBundleListener(stopWatcher);

    ApiLoad load = new ApiLoad();
    Thread client = new Thread(load, "health-load");
    client.start();
    try {
      for (int cycle = 1; cycle <= CYCLES; cycle++) {
        executeCommand("feature:install " + PLUGIN_FEATURE);
        awaitResponse("/health", r -> listsPluginCheck(r), DEFAULT_TIMEOUT);

        executeCommand("feature:uninstall " + PLUGIN_FEATURE);
        awaitResponse(
            "/health", r -> r.statusCode() == 200 && !listsPluginCheck(r), DEFAULT_TIMEOUT);
      }
    } finally {
      load.stop.set(true);
      client.join(10_000);
      bundleContext.removeBundleListener(stopWatcher);
    }

    assertTrue("API load sent only " + load.requests.get() + " requests", load.requests.get() > 50);
    assertEquals(
        "Failed requests out of "
            + load.requests.get()
            + ", the first ones: "
            + load.failures.subList(0, Math.min(5, load.failures.size())),
        0,
        load.failures.size());
    assertEquals("Bundles stopped by the feature operations", Set.of(), disturbedBundles);
  }

  private static boolean listsPluginCheck(HttpResponse<String> response) {
    try {
      for (JsonNode check : json(response).path("checks")) {
        if (PLUGIN_CHECK.equals(check.path("id").asText())) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  /** Calls the health endpoint in a loop and records every response other than 200. */
  private final class ApiLoad implements Runnable {
    final AtomicBoolean stop = new AtomicBoolean();
    final AtomicInteger requests = new AtomicInteger();
    final List<String> failures = new CopyOnWriteArrayList<>();

    @Override
    public void run() {
      while (!stop.get()) {
        requests.incrementAndGet();
        try {
          HttpResponse<String> response = get("/health");
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
