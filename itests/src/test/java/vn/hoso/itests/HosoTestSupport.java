package vn.hoso.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.inject.Inject;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;
import vn.hoso.api.security.NewUser;
import vn.hoso.api.security.Role;
import vn.hoso.api.security.RoleAssignment;
import vn.hoso.api.security.UserAdministration;

/**
 * Boots the real Hoso distribution (the tar.gz the distribution module built) with Pax Exam, on
 * free ports, and gives tests HTTP, JSON, shell and polling helpers.
 *
 * <p>The {@code @Configuration} method of a test class runs in the test JVM; the test methods run
 * inside the Karaf container, so values they need from the test JVM travel as system properties.
 */
public abstract class HosoTestSupport {

  static final String HTTP_PORT_PROPERTY = "hoso.test.http.port";
  static final String PLUGIN_FEATURES_PROPERTY = "hoso.test.plugin.features";
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Password of the users that {@link #loginAs} creates. */
  static final String TEST_PASSWORD = "Mật khẩu kiểm thử 2026!";

  @Inject protected BundleContext bundleContext;
  @Inject protected SessionFactory sessionFactory;
  @Inject protected UserAdministration users;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  // ---- configuration, in the test JVM --------------------------------------------------------

  /** Returns the options every Hoso itest boots with: the distribution, free ports, Maven. */
  protected Option[] baseOptions() {
    String distribution = requiredProperty("hoso.distribution");
    File buildDirectory = new File(requiredProperty("project.build.directory"));
    int httpPort = freePort();

    List<Option> options = new ArrayList<>();
    options.add(
        karafDistributionConfiguration()
            .frameworkUrl(new File(distribution).toURI().toString())
            .name("Hoso")
            .unpackDirectory(new File(buildDirectory, "exam"))
            .useDeployFolder(false));
    options.add(configureConsole().ignoreLocalConsole());
    options.add(logLevel(LogLevel.INFO));
    options.add(
        editConfigurationFilePut(
            "etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(httpPort)));
    options.add(
        editConfigurationFilePut(
            "etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())));
    options.add(
        editConfigurationFilePut(
            "etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())));
    options.add(
        editConfigurationFilePut(
            "etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())));
    // The demo data would load 3,000 people in the background while the tests run; the test of
    // the demo data turns it back on.
    options.add(editConfigurationFilePut("etc/vn.hoso.demo.cfg", "enabled", "false"));
    // Pax Exam's own bundles come from the local Maven repository of this build.
    options.add(
        editConfigurationFilePut(
            "etc/org.ops4j.pax.url.mvn.cfg",
            "org.ops4j.pax.url.mvn.localRepository",
            requiredProperty("maven.repo.local")));
    options.add(systemProperty(HTTP_PORT_PROPERTY).value(String.valueOf(httpPort)));
    options.add(
        systemProperty(PLUGIN_FEATURES_PROPERTY)
            .value(
                new File(buildDirectory, "test-classes/test-plugin-features.xml")
                    .toURI()
                    .toString()));
    return options.toArray(Option[]::new);
  }

  /** Returns the options that point the distribution's DataSource at PostgreSQL. */
  protected static Option[] postgresOptions(String jdbcUrl) {
    String file = "etc/org.ops4j.datasource-hoso.cfg";
    return new Option[] {
      editConfigurationFilePut(file, "osgi.jdbc.driver.class", "org.postgresql.Driver"),
      editConfigurationFilePut(file, "url", jdbcUrl)
    };
  }

  static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("System property '" + name + "' is not set");
    }
    return value;
  }

  /**
   * Returns the PostgreSQL JDBC URL of the environment variable {@code HOSO_TEST_PG_URL}, passed in
   * as the system property {@code hoso.test.pg.url}, or null when it is not set.
   */
  static String postgresUrl() {
    String url = System.getProperty("hoso.test.pg.url");
    if (url == null || url.isBlank() || url.startsWith("${")) {
      return null;
    }
    return url;
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port on the loopback interface", e);
    }
  }

  // ---- helpers, inside the container -----------------------------------------------------------

  protected URI api(String path) {
    return URI.create(
        "http://127.0.0.1:" + System.getProperty(HTTP_PORT_PROPERTY) + "/api/v1" + path);
  }

  protected HttpResponse<String> get(String path, String... headerNamesAndValues)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api(path)).timeout(Duration.ofSeconds(10)).GET();
    if (headerNamesAndValues.length > 0) {
      request.headers(headerNamesAndValues);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * Creates the user on first use, with {@link #TEST_PASSWORD} and the given roles and units, logs
   * in through the API and returns the access token.
   */
  protected String loginAs(String username, Set<Role> roles, Set<String> unitIds)
      throws IOException, InterruptedException {
    return loginAs(username, roles, unitIds, null);
  }

  /**
   * Creates the user on first use, with {@link #TEST_PASSWORD}, the given roles and units and the
   * given person record, logs in through the API and returns the access token.
   */
  protected String loginAs(String username, Set<Role> roles, Set<String> unitIds, String personId)
      throws IOException, InterruptedException {
    if (users.findUserByUsername(username).isEmpty()) {
      users.createUser(
          new NewUser(
              username,
              username,
              TEST_PASSWORD.toCharArray(),
              false,
              new RoleAssignment(roles, unitIds, personId)),
          "itest");
    }
    HttpResponse<String> response = login(username, TEST_PASSWORD);
    if (response.statusCode() != 200) {
      throw new AssertionError("Login of '" + username + "' failed: " + response.body());
    }
    return json(response).path("accessToken").asText();
  }

  /** Posts a login and returns the response, whatever its status. */
  protected HttpResponse<String> login(String username, String password)
      throws IOException, InterruptedException {
    String body =
        JSON.createObjectNode().put("username", username).put("password", password).toString();
    return post("/auth/login", body, null);
  }

  /** Logs in as an administrator created for the tests and returns the access token. */
  protected String loginAsAdministrator() throws IOException, InterruptedException {
    return loginAs("itest-admin", Set.of(Role.ADMINISTRATOR), Set.of());
  }

  protected HttpResponse<String> post(String path, String jsonBody, String accessToken)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api(path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
    if (accessToken != null) {
      request.header("Authorization", "Bearer " + accessToken);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * Sends a request with a bearer token, and a JSON body unless {@code jsonBody} is null.
   *
   * @param headerNamesAndValues further headers, such as {@code Accept-Language}
   */
  protected HttpResponse<String> call(
      String method,
      String path,
      String accessToken,
      String jsonBody,
      String... headerNamesAndValues)
      throws IOException, InterruptedException {
    return http.send(
        request(method, path, accessToken, jsonBody, headerNamesAndValues).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Sends a GET with a bearer token and returns the body as bytes, for files. */
  protected HttpResponse<byte[]> getBytes(String path, String accessToken)
      throws IOException, InterruptedException {
    return http.send(
        request("GET", path, accessToken, null).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest.Builder request(
      String method,
      String path,
      String accessToken,
      String jsonBody,
      String... headerNamesAndValues) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api(path))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                jsonBody == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
    }
    if (accessToken != null) {
      request.header("Authorization", "Bearer " + accessToken);
    }
    if (headerNamesAndValues.length > 0) {
      request.headers(headerNamesAndValues);
    }
    return request;
  }

  protected HttpResponse<String> send(String method, String path)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(api(path))
            .timeout(Duration.ofSeconds(10))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  protected static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  /**
   * Polls {@code GET path} until the response matches, and fails with the last response seen when
   * the timeout passes.
   */
  protected HttpResponse<String> awaitResponse(
      String path,
      Predicate<HttpResponse<String>> condition,
      Duration timeout,
      String... headerNamesAndValues)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String lastSeen = "no response";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response = get(path, headerNamesAndValues);
        if (condition.test(response)) {
          return response;
        }
        lastSeen = response.statusCode() + " " + response.body();
      } catch (IOException e) {
        lastSeen = e.toString();
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        "GET " + path + " did not match within " + timeout + "; last response: " + lastSeen);
  }

  /** Waits until the health endpoint returns 200 and returns its body. */
  protected JsonNode awaitHealthy() throws Exception {
    return json(awaitResponse("/health", r -> r.statusCode() == 200, DEFAULT_TIMEOUT));
  }

  /** Runs a Karaf shell command as an administrator and returns what it printed. */
  protected String executeCommand(String command) throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream output = new PrintStream(printed, true, StandardCharsets.UTF_8);
    Session session = sessionFactory.create(System.in, output, output);

    Subject administrator = new Subject();
    administrator.getPrincipals().add(new UserPrincipal("itest"));
    administrator.getPrincipals().add(new RolePrincipal("admin"));
    administrator.getPrincipals().add(new RolePrincipal("manager"));
    try {
      Subject.doAs(
          administrator, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
    } finally {
      session.close();
    }
    return printed.toString(StandardCharsets.UTF_8);
  }
}
