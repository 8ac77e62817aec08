package vn.hoso.records.internal.demo;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * Loads the demo data into an empty database in one transaction, so that a failure or a stop leaves
 * nothing behind and the next start tries again.
 *
 * <p>It rejects a database that contains any unit or person, or that ever received demo data: the
 * audit log keeps the entries of actor {@value #ACTOR} even after the demo people are deleted. Two
 * servers that start on the same empty database at once both load, and the second fails on the
 * unique unit codes and rolls back.
 */
public final class DemoLoader {

  /** The actor of the demo data's audit entries. */
  public static final String ACTOR = "hoso-demo";

  /** People written per batch. */
  private static final int PEOPLE_PER_FLUSH = 200;

  /**
   * The rows a load wrote.
   *
   * @param units the units written
   * @param personIds the people written, in order
   * @param historyRows the history rows written over all tables
   * @param auditEntries the audit entries written
   * @param duration how long the load took, from opening the connection to the commit
   */
  public record Outcome(
      int units, List<Long> personIds, long historyRows, long auditEntries, Duration duration) {

    public Outcome {
      personIds = List.copyOf(personIds);
    }
  }

  private DemoLoader() {}

  /**
   * Returns why the demo data must not go into this database, or empty when it may: the database
   * must contain no unit, no person and no audit entry of the demo data.
   */
  public static Optional<String> rejection(Connection connection) throws SQLException {
    if (exists(connection, "SELECT 1 FROM person")) {
      return Optional.of("the database already holds people");
    }
    if (exists(connection, "SELECT 1 FROM unit")) {
      return Optional.of("the database already holds units");
    }
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT MIN(changed_at) FROM audit_log WHERE actor = ?")) {
      statement.setString(1, ACTOR);
      try (ResultSet result = statement.executeQuery()) {
        if (result.next() && result.getObject(1) != null) {
          return Optional.of(
              "demo data was loaded before, on "
                  + result.getObject(1, OffsetDateTime.class).toLocalDate()
                  + ", and its audit entries remain");
        }
      }
    }
    return Optional.empty();
  }

  /** Returns the database product name as JDBC reports it, for example "H2" or "PostgreSQL". */
  public static String productName(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    return metaData.getDatabaseProductName();
  }

  /**
   * Generates and writes the demo data in one transaction.
   *
   * @param people how many people to generate
   * @param seed the generator's seed
   * @param clock gives the reference date of the data and the time of the audit entries
   * @param cancelled checked between people; when it returns true the load rolls back
   * @throws DatabaseRejectedException when {@link #rejection} finds a reason, checked inside the
   *     transaction
   * @throws CancellationException when {@code cancelled} returned true
   */
  public static Outcome load(
      DataSource dataSource, int people, long seed, Clock clock, BooleanSupplier cancelled)
      throws SQLException {
    Instant started = clock.instant();
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        Outcome outcome = write(connection, people, seed, clock, cancelled, started);
        connection.commit();
        return new Outcome(
            outcome.units(),
            outcome.personIds(),
            outcome.historyRows(),
            outcome.auditEntries(),
            Duration.between(started, clock.instant()));
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  private static Outcome write(
      Connection connection,
      int people,
      long seed,
      Clock clock,
      BooleanSupplier cancelled,
      Instant started)
      throws SQLException {
    Optional<String> rejection = rejection(connection);
    if (rejection.isPresent()) {
      throw new DatabaseRejectedException(rejection.get());
    }
    boolean postgres = productName(connection).toLowerCase(Locale.ROOT).contains("postgres");
    LocalDate asOf = LocalDate.now(clock);
    DemoGenerator generator =
        new DemoGenerator(SalaryScales.load(connection), seed, asOf, people, true);
    String reason =
        "Dữ liệu mẫu do Hoso tạo khi khởi động lần đầu (hạt giống "
            + seed
            + ", ngày tham chiếu "
            + asOf
            + ")";
    List<Long> personIds = new ArrayList<>();
    try (JdbcBatchSink sink = new JdbcBatchSink(connection)) {
      DemoWriter writer =
          new DemoWriter(
              connection,
              sink,
              postgres,
              ACTOR,
              reason,
              OffsetDateTime.ofInstant(started, ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
              true);
      List<GeneratedUnit> units = generator.units();
      writer.writeUnits(units);
      Iterator<GeneratedPerson> iterator = generator.people();
      while (iterator.hasNext()) {
        if (cancelled.getAsBoolean()) {
          throw new CancellationException("Loading the demo data was stopped");
        }
        personIds.add(writer.writePerson(iterator.next()));
        if (personIds.size() % PEOPLE_PER_FLUSH == 0) {
          writer.flush();
        }
      }
      writer.flush();
      return new Outcome(
          units.size(), personIds, writer.historyRows(), writer.auditEntries(), Duration.ZERO);
    }
  }

  private static boolean exists(Connection connection, String query) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.setMaxRows(1);
      try (ResultSet result = statement.executeQuery(query)) {
        return result.next();
      }
    }
  }

  /** Thrown when the database must not receive the demo data; the message gives the reason. */
  public static final class DatabaseRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DatabaseRejectedException(String reason) {
      super(reason);
    }
  }
}
