package vn.hoso.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import vn.hoso.records.internal.demo.CopySink;
import vn.hoso.records.internal.demo.DemoGenerator;
import vn.hoso.records.internal.demo.DemoWriter;
import vn.hoso.records.internal.demo.GeneratedPerson;
import vn.hoso.records.internal.demo.GeneratedUnit;
import vn.hoso.records.internal.demo.SalaryScales;
import vn.hoso.records.internal.demo.Table;
import vn.hoso.records.internal.schema.BundleMigrations;

/**
 * Creates the records schema with the bundle's own Flyway migrations and loads people made by the
 * demo generator into PostgreSQL with COPY.
 *
 * <p>The rows are the demo loader's: units with their closure rows, people with the columns the
 * record service derives from the names, their search word rows and every history row. Audit
 * entries are left out, because the people queries never read {@code audit_log} and the demo writes
 * one entry per row, which would double the rows to load. Each block of {@link #PEOPLE_PER_COMMIT}
 * people is committed on its own, with the people copied before their history rows; one transaction
 * for a million people made the foreign key checks crawl.
 *
 * <p>As the PostgreSQL manual advises for populating a database, the foreign keys and the indexes
 * that back no constraint are dropped from the people and history tables while the rows are copied,
 * and created again afterwards from the definitions PostgreSQL reported for them before ({@code
 * pg_get_constraintdef}, {@code pg_get_indexdef}), so the schema ends as the migrations made it.
 * Adding a foreign key back checks every row once. Primary keys and unique constraints stay in
 * place throughout.
 */
public final class PeopleLoader {

  /** People copied and committed together. */
  public static final int PEOPLE_PER_COMMIT = 2_000;

  /**
   * The actor given to the writer. It is stored nowhere, because the load writes no audit entry.
   */
  private static final String ACTOR = "hoso-benchmark";

  /**
   * The rows a load wrote.
   *
   * @param rows the rows written per table
   * @param duration from the first unit to the last commit, without the VACUUM ANALYZE
   */
  public record Outcome(int units, int people, Map<Table, Long> rows, Duration duration) {

    /** Returns the history rows over all history tables. */
    public long historyRows() {
      return rows.entrySet().stream()
          .filter(entry -> HISTORY_TABLES.contains(entry.getKey()))
          .mapToLong(Map.Entry::getValue)
          .sum();
    }
  }

  private static final List<Table> HISTORY_TABLES =
      List.of(
          Table.SALARY_HISTORY,
          Table.LEADERSHIP_TERM,
          Table.WORK_HISTORY,
          Table.TRAINING,
          Table.AWARD,
          Table.DISCIPLINE,
          Table.EVALUATION,
          Table.NON_COUNTED_PERIOD,
          Table.FAMILY_RELATION,
          Table.MEMBERSHIP,
          Table.MILITARY_SERVICE,
          Table.LABOUR_CONTRACT,
          Table.RETIREMENT_ADJUSTMENT);

  private PeopleLoader() {}

  /**
   * Applies the pending migrations of the records bundle, as the server's migration extender does,
   * and returns how many ran.
   */
  public static int migrate(DataSource dataSource) {
    Flyway flyway =
        BundleMigrations.configure(
                BundleMigrations.class.getClassLoader(), "db/migration", "vn.hoso.records")
            .dataSource(dataSource)
            .load();
    return flyway.migrate().migrationsExecuted;
  }

  /**
   * Generates the people and loads them into an empty, migrated database.
   *
   * @param asOf the generator's reference date
   * @param progress receives a line of progress every 50,000 people
   */
  public static Outcome load(
      DataSource dataSource, int people, long seed, LocalDate asOf, Consumer<String> progress)
      throws SQLException {
    long started = System.nanoTime();
    CopySink sink;
    int units;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      sink = new CopySink(connection.unwrap(PGConnection.class).getCopyAPI());
      DemoGenerator generator =
          new DemoGenerator(SalaryScales.load(connection), seed, asOf, people, true);
      DemoWriter writer =
          new DemoWriter(
              connection,
              sink,
              true,
              ACTOR,
              "Benchmark data, seed " + seed + ", reference date " + asOf,
              OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
              false);
      List<GeneratedUnit> generatedUnits = generator.units();
      units = generatedUnits.size();
      writer.writeUnits(generatedUnits);
      connection.commit();

      try (Statement statement = connection.createStatement()) {
        statement.execute("SET synchronous_commit = off");
        statement.execute("SET maintenance_work_mem = '512MB'");
      }
      List<String> restore = dropForeignKeysAndIndexes(connection);
      connection.commit();

      Iterator<GeneratedPerson> iterator = generator.people();
      int written = 0;
      while (iterator.hasNext()) {
        writer.writePerson(iterator.next());
        written++;
        if (written % PEOPLE_PER_COMMIT == 0 || !iterator.hasNext()) {
          writer.flush();
          connection.commit();
        }
        if (written % 50_000 == 0) {
          progress.accept(
              String.format(
                  "Loaded %,d people in %.0f s", written, (System.nanoTime() - started) / 1e9));
        }
      }

      long restoreStarted = System.nanoTime();
      try (Statement statement = connection.createStatement()) {
        for (String sql : restore) {
          statement.execute(sql);
        }
      }
      connection.commit();
      progress.accept(
          String.format(
              "Created %d indexes and foreign keys again in %.0f s",
              restore.size(), (System.nanoTime() - restoreStarted) / 1e9));
    }
    Duration duration = Duration.ofNanos(System.nanoTime() - started);
    return new Outcome(units, people, sink.rowCounts(), duration);
  }

  /**
   * Drops the foreign keys of the tables the people go into, and their indexes that back no
   * constraint, and returns the statements that create them again: indexes first, then foreign
   * keys.
   */
  private static List<String> dropForeignKeysAndIndexes(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    for (Table table : Table.values()) {
      if (table != Table.UNIT && table != Table.UNIT_CLOSURE && table != Table.AUDIT_LOG) {
        tables.add(table.tableName());
      }
    }
    List<String> drops = new ArrayList<>();
    List<String> indexes = new ArrayList<>();
    List<String> foreignKeys = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT 'ALTER TABLE ' || c.conrelid::regclass || ' DROP CONSTRAINT '"
                + " || quote_ident(c.conname),"
                + " 'ALTER TABLE ' || c.conrelid::regclass || ' ADD CONSTRAINT '"
                + " || quote_ident(c.conname) || ' ' || pg_get_constraintdef(c.oid)"
                + " FROM pg_constraint c WHERE c.contype = 'f'"
                + " AND c.conrelid::regclass::text = ANY (?) ORDER BY c.conname")) {
      statement.setArray(1, connection.createArrayOf("text", tables.toArray()));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          drops.add(rows.getString(1));
          foreignKeys.add(rows.getString(2));
        }
      }
    }
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT 'DROP INDEX ' || i.indexrelid::regclass, pg_get_indexdef(i.indexrelid)"
                + " FROM pg_index i WHERE i.indrelid::regclass::text = ANY (?)"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)"
                + " ORDER BY i.indexrelid::regclass::text")) {
      statement.setArray(1, connection.createArrayOf("text", tables.toArray()));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          drops.add(rows.getString(1));
          indexes.add(rows.getString(2));
        }
      }
    }
    try (Statement statement = connection.createStatement()) {
      for (String sql : drops) {
        statement.execute(sql);
      }
    }
    List<String> restore = new ArrayList<>(indexes);
    restore.addAll(foreignKeys);
    return restore;
  }

  /**
   * Runs VACUUM ANALYZE on the whole database, so that the planner has statistics and index-only
   * scans can skip the table, as autovacuum would arrange some time after a load.
   */
  public static Duration vacuumAnalyze(DataSource dataSource) throws SQLException {
    long started = System.nanoTime();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      statement.execute("VACUUM ANALYZE");
    }
    return Duration.ofNanos(System.nanoTime() - started);
  }
}
