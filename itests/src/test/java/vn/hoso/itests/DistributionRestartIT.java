package vn.hoso.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Starts the unpacked distribution with its own {@code bin/start} twice: the second start finds the
 * data of the first and applies no migration.
 */
class DistributionRestartIT {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Path karafHome;

  @Test
  void restartKeepsDataAndSkipsMigrations() throws Exception {
    karafHome = unpackDistribution();
    int httpPort = HosoTestSupport.freePort();
    configurePorts(httpPort);

    run("bin/start");
    JsonNode first = awaitHealth(httpPort);
    JsonNode firstSchema = HealthIT.findByField(first.path("schemas"), "owner", "vn.hoso.records");
    assertTrue(firstSchema.path("appliedThisStart").asInt() >= 1, firstSchema.toString());
    stopAndWait(httpPort);

    run("bin/start");
    JsonNode second = awaitHealth(httpPort);
    JsonNode secondSchema =
        HealthIT.findByField(second.path("schemas"), "owner", "vn.hoso.records");

    assertEquals(
        first.path("database").path("installationId").asText(),
        second.path("database").path("installationId").asText());
    assertEquals(0, secondSchema.path("appliedThisStart").asInt(), secondSchema.toString());
    assertEquals(firstSchema.path("version").asText(), secondSchema.path("version").asText());
    assertEquals(firstSchema.path("appliedAt").asText(), secondSchema.path("appliedAt").asText());
  }

  @AfterEach
  void stopKaraf() throws Exception {
    if (karafHome != null && Files.exists(karafHome.resolve("bin/stop"))) {
      run("bin/stop");
    }
  }

  private static Path unpackDistribution() throws Exception {
    Path archive = Path.of(HosoTestSupport.requiredProperty("hoso.distribution"));
    Path target =
        Path.of(HosoTestSupport.requiredProperty("project.build.directory"), "restart-test");
    deleteRecursively(target);
    Files.createDirectories(target);

    Process tar =
        new ProcessBuilder("tar", "xzf", archive.toString(), "-C", target.toString())
            .inheritIO()
            .start();
    assertEquals(0, tar.waitFor(), "tar exit code for " + archive);
    try (var entries = Files.list(target)) {
      return entries.findFirst().orElseThrow();
    }
  }

  private void configurePorts(int httpPort) throws IOException {
    // In a .cfg file a later line wins, so appending overrides the defaults.
    append("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port = " + httpPort);
    append("etc/org.apache.karaf.shell.cfg", "sshPort = " + HosoTestSupport.freePort());
    append(
        "etc/org.apache.karaf.management.cfg",
        "rmiRegistryPort = "
            + HosoTestSupport.freePort()
            + "\nrmiServerPort = "
            + HosoTestSupport.freePort());
  }

  private void append(String file, String lines) throws IOException {
    Files.writeString(
        karafHome.resolve(file),
        "\n" + lines + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
  }

  private void run(String script) throws Exception {
    Process process =
        new ProcessBuilder(karafHome.resolve(script).toString())
            .directory(karafHome.toFile())
            .redirectErrorStream(true)
            .redirectOutput(karafHome.resolve("script.log").toFile())
            .start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), script + " did not return within 60 s");
  }

  private JsonNode awaitHealth(int port) throws Exception {
    URI health = URI.create("http://127.0.0.1:" + port + "/api/v1/health");
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    String lastSeen = "no response";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response =
            http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return JSON.readTree(response.body());
        }
        lastSeen = response.statusCode() + " " + response.body();
      } catch (IOException e) {
        lastSeen = e.toString();
      }
      Thread.sleep(250);
    }
    throw new AssertionError(
        "Health did not answer 200 within " + START_TIMEOUT + "; last response: " + lastSeen);
  }

  /**
   * Stops Karaf and waits until its JVM has exited. {@code bin/stop} returns once the framework
   * begins to stop, and {@code bin/start} refuses to run while the old process is still alive.
   */
  private void stopAndWait(int httpPort) throws Exception {
    long pid = Long.parseLong(Files.readString(karafHome.resolve("karaf.pid")).trim());
    run("bin/stop");

    ProcessHandle karaf = ProcessHandle.of(pid).orElse(null);
    if (karaf == null) {
      return;
    }
    try {
      karaf.onExit().get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(
          "Karaf (pid " + pid + ", port " + httpPort + ") did not exit within " + START_TIMEOUT, e);
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var paths = Files.walk(path)) {
      paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
