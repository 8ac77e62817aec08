package vn.hoso.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;
import org.apache.commons.dbcp2.BasicDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import vn.hoso.api.personnel.Page;
import vn.hoso.api.personnel.PersonQuery;
import vn.hoso.api.personnel.PersonSort;
import vn.hoso.api.personnel.PersonSummary;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.records.internal.demo.Table;
import vn.hoso.records.internal.persistence.EntityManagerFactoryTransactor;
import vn.hoso.records.internal.service.RecordServiceImpl;

/**
 * Loads generated people into PostgreSQL when the database is empty, then measures the people list
 * and the name search through {@link RecordServiceImpl#findPeople}, the call behind {@code GET
 * /api/v1/people}, with the administrator's scope of all units. Not part of the unit tests (its
 * name does not end in Test); {@code scripts/bench/people.sh} creates the database and runs it.
 *
 * <p>System properties: {@code hoso.bench.url} (JDBC URL), {@code hoso.bench.people} (1,000,000),
 * {@code hoso.bench.queries} (measured queries per kind, 300), {@code hoso.bench.warmup} (warm-up
 * queries per kind, 100), {@code hoso.bench.seed} (1) and {@code hoso.bench.date} (the reference
 * date of the generator and of the service's clock, 2026-12-01). A database that already contains
 * people is migrated and measured without loading, so that a change of the queries or a new
 * migration is measured on the same data.
 */
class PeopleQueryBenchmark {

  private static final String URL =
      System.getProperty(
          "hoso.bench.url", "jdbc:postgresql://127.0.0.1:5432/hoso_search_bench?user=hoso_bench");
  private static final int PEOPLE = Integer.getInteger("hoso.bench.people", 1_000_000);
  private static final int QUERIES = Integer.getInteger("hoso.bench.queries", 300);
  private static final int WARMUP = Integer.getInteger("hoso.bench.warmup", 100);
  private static final long SEED = Long.getLong("hoso.bench.seed", 1L);
  private static final LocalDate AS_OF =
      LocalDate.parse(System.getProperty("hoso.bench.date", "2026-12-01"));
  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final List<String> report = new ArrayList<>();

  @Test
  void measurePeopleQueries() throws Exception {
    PGSimpleDataSource plain = new PGSimpleDataSource();
    plain.setURL(URL);
    int migrations = PeopleLoader.migrate(plain);

    long people = count(plain, "SELECT COUNT(*) FROM person");
    if (people > 0 && migrations > 0) {
      // Migrations that rewrite large tables leave them without statistics until autovacuum runs.
      print(
          String.format(
              Locale.ROOT,
              "Applied %d migrations to the loaded data; VACUUM ANALYZE: %.1f s",
              migrations,
              PeopleLoader.vacuumAnalyze(plain).toMillis() / 1000.0));
    }
    if (people == 0) {
      print("Loading " + PEOPLE + " people, seed " + SEED + ", reference date " + AS_OF);
      PeopleLoader.Outcome outcome = PeopleLoader.load(plain, PEOPLE, SEED, AS_OF, this::print);
      print(
          String.format(
              Locale.ROOT,
              "Load: %,d units, %,d people, %,d search word rows, %,d history rows in %.1f s",
              outcome.units(),
              outcome.people(),
              outcome.rows().getOrDefault(Table.PERSON_NAME_TOKEN, 0L),
              outcome.historyRows(),
              outcome.duration().toMillis() / 1000.0));
      print(
          String.format(
              Locale.ROOT,
              "VACUUM ANALYZE: %.1f s",
              PeopleLoader.vacuumAnalyze(plain).toMillis() / 1000.0));
      people = count(plain, "SELECT COUNT(*) FROM person");
    }
    assertEquals(PEOPLE, people, "people in the database; drop it to load another number");
    describeData(plain);

    BasicDataSource pool = new BasicDataSource();
    pool.setUrl(URL);
    pool.setMaxTotal(4);
    EntityManagerFactory factory =
        Persistence.createEntityManagerFactory(
            "hoso",
            Map.of(
                "javax.persistence.nonJtaDataSource",
                pool,
                "eclipselink.logging.level",
                "WARNING"));
    try {
      RecordServiceImpl service =
          new RecordServiceImpl(
              new EntityManagerFactoryTransactor(factory),
              Clock.fixed(AS_OF.atStartOfDay(ZONE).toInstant(), ZONE),
              change -> {});
      QueryInputs inputs = QueryInputs.read(plain, SEED);
      print(
          String.format(
              Locale.ROOT,
              "Inputs: %d top-level units, %d other units with people; warm-up %d and measured %d"
                  + " queries per kind",
              inputs.rootUnitCount(),
              inputs.otherUnitCount(),
              WARMUP,
              QUERIES));

      long warmupStart = System.nanoTime();
      inputs.queries(SEED + 1, WARMUP).values().forEach(list -> list.forEach(q -> run(service, q)));
      print(
          String.format(
              Locale.ROOT,
              "Warm-up: %d queries in %.1f s, load average %s",
              WARMUP * QueryKind.values().length,
              (System.nanoTime() - warmupStart) / 1e9,
              loadAverage()));

      Map<QueryKind, List<PersonQuery>> measured = inputs.queries(SEED + 2, QUERIES);
      writeRequests(measured);
      print("| Query | Queries | p50 | p95 | max | Median matches | Load average (1 min) |");
      print("|---|---|---|---|---|---|---|");
      for (Map.Entry<QueryKind, List<PersonQuery>> entry : measured.entrySet()) {
        measure(service, entry.getKey(), entry.getValue());
      }
    } finally {
      factory.close();
      pool.close();
      Path file = Path.of("target", "people-query-benchmark.txt");
      Files.createDirectories(file.getParent());
      Files.write(file, report);
    }
  }

  private void measure(RecordServiceImpl service, QueryKind kind, List<PersonQuery> queries)
      throws IOException {
    double[] millis = new double[queries.size()];
    long[] matches = new long[queries.size()];
    String loadBefore = loadAverage();
    for (int i = 0; i < queries.size(); i++) {
      long started = System.nanoTime();
      Page<PersonSummary> page = run(service, queries.get(i));
      millis[i] = (System.nanoTime() - started) / 1e6;
      matches[i] = page.total();
    }
    Arrays.sort(millis);
    Arrays.sort(matches);
    print(
        String.format(
            Locale.ROOT,
            "| %s | %d | %.1f ms | %.1f ms | %.1f ms | %,d | %s to %s |",
            kind.label(),
            queries.size(),
            percentile(millis, 0.50),
            percentile(millis, 0.95),
            millis[millis.length - 1],
            matches[matches.length / 2],
            loadBefore,
            loadAverage()));
  }

  /**
   * Writes the measured queries as the query strings of {@code GET /api/v1/people}, one per line
   * after the kind's name and a tab, for {@code scripts/bench/people-rest.sh} to replay.
   */
  private static void writeRequests(Map<QueryKind, List<PersonQuery>> queries) throws IOException {
    List<String> lines = new ArrayList<>();
    queries.forEach(
        (kind, list) -> list.forEach(query -> lines.add(kind.name() + "\t" + queryString(query))));
    Path file = Path.of("target", "people-requests.txt");
    Files.createDirectories(file.getParent());
    Files.write(file, lines);
  }

  private static String queryString(PersonQuery query) {
    List<String> parameters = new ArrayList<>();
    if (query.text() != null) {
      parameters.add("q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8));
    }
    if (query.unitId() != null) {
      parameters.add("unit=" + query.unitId());
    }
    query.categories().forEach(category -> parameters.add("category=" + category.name()));
    String sort = query.sort() == PersonSort.NAME ? "name" : "birthDate";
    parameters.add("sort=" + (query.descending() ? "-" : "") + sort);
    parameters.add("page=" + query.page());
    parameters.add("size=" + query.size());
    return String.join("&", parameters);
  }

  private static Page<PersonSummary> run(RecordServiceImpl service, PersonQuery query) {
    return service.findPeople(UnitScope.all(), query);
  }

  /** Returns the nearest-rank percentile of sorted values. */
  private static double percentile(double[] sorted, double fraction) {
    int rank = (int) Math.ceil(fraction * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private void describeData(DataSource dataSource) throws SQLException {
    long historyRows = 0;
    for (Table table : Table.values()) {
      if (table.ordinal() >= Table.SALARY_HISTORY.ordinal() && table != Table.AUDIT_LOG) {
        historyRows += count(dataSource, "SELECT COUNT(*) FROM " + table.tableName());
      }
    }
    print(
        String.format(
            Locale.ROOT,
            "Data: %,d units, %,d people, %,d search word rows, %,d word triple rows,"
                + " %,d history rows, database %s",
            count(dataSource, "SELECT COUNT(*) FROM unit"),
            count(dataSource, "SELECT COUNT(*) FROM person"),
            count(dataSource, "SELECT COUNT(*) FROM person_name_token"),
            count(dataSource, "SELECT COUNT(*) FROM person_name_triple"),
            historyRows,
            text(dataSource, "SELECT pg_size_pretty(pg_database_size(current_database()))")));
  }

  private static long count(DataSource dataSource, String sql) throws SQLException {
    return Long.parseLong(text(dataSource, sql));
  }

  private static String text(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getString(1);
    }
  }

  /** Returns the 1-minute load average of the machine, from /proc/loadavg on Linux. */
  private static String loadAverage() throws IOException {
    Path file = Path.of("/proc/loadavg");
    return Files.exists(file) ? Files.readString(file).split(" ")[0] : "unknown";
  }

  private void print(String line) {
    System.out.println(line);
    report.add(line);
  }
}
