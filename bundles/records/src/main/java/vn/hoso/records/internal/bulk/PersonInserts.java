package vn.hoso.records.internal.bulk;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.persistence.PersistenceException;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.SalaryRow;
import vn.hoso.records.internal.audit.AuditLogEntity;
import vn.hoso.records.internal.audit.AuditTrail.RowRef;
import vn.hoso.records.internal.audit.AuditValues;
import vn.hoso.records.internal.demo.CopySink;
import vn.hoso.records.internal.demo.DemoWriter;
import vn.hoso.records.internal.demo.IdBlocks;
import vn.hoso.records.internal.demo.JdbcBatchSink;
import vn.hoso.records.internal.demo.RowSink;
import vn.hoso.records.internal.demo.Table;
import vn.hoso.records.internal.history.HistoryOperations;
import vn.hoso.records.internal.history.LatestSalary;
import vn.hoso.records.internal.persistence.ChangeSession;
import vn.hoso.records.internal.person.PersonEntity;
import vn.hoso.records.internal.person.PersonOperations;
import vn.hoso.records.internal.person.PersonRows;

/**
 * Inserts checked new people, each with at most one salary row, through the connection of the
 * session's transaction: with PostgreSQL's COPY when the driver is there, else with JDBC batches.
 * The rows, the audit entries and the events are those of {@link PersonOperations#create} followed
 * by {@link HistoryOperations#add} of the salary row: the person's insert at version 1, the salary
 * row's insert, and the update of the person's copy of the latest salary at version 2.
 *
 * <p>Rows reach the database on {@link #flush}; not thread-safe.
 */
final class PersonInserts implements AutoCloseable {

  /** Sequence values fetched per round trip: 10,000 identifiers each. */
  private static final int VALUES_PER_QUERY = 200;

  /** People inserted before the first statistics update, on a table smaller than that. */
  private static final long FIRST_ANALYZE = 1000;

  private static final Logger LOG = LoggerFactory.getLogger(PersonInserts.class);

  private final ChangeSession session;
  private final Connection connection;
  private final RowSink sink;
  private final IdBlocks recordIds;
  private final IdBlocks auditIds;
  private final ExecutorService copier;
  private Future<?> copying;
  private long inserted;
  private long analyzeAt;

  PersonInserts(ChangeSession session) {
    this.session = session;
    this.connection = session.em().unwrap(Connection.class);
    if (connection == null) {
      throw new IllegalStateException("A bulk insert needs the connection of a transaction");
    }
    boolean postgres = isPostgres(connection);
    try {
      this.sink = postgres ? CopySink.on(connection) : new JdbcBatchSink(connection);
      this.analyzeAt = postgres ? Math.max(FIRST_ANALYZE, estimatedPeople()) : Long.MAX_VALUE;
    } catch (SQLException e) {
      throw new PersistenceException("Cannot prepare the bulk insert", e);
    }
    this.recordIds = new IdBlocks(connection, "record_id_seq", postgres, VALUES_PER_QUERY);
    this.auditIds = new IdBlocks(connection, "audit_log_id_seq", postgres, VALUES_PER_QUERY);
    this.copier =
        postgres
            ? Executors.newSingleThreadExecutor(
                task -> {
                  Thread thread = new Thread(task, "hoso-bulk-copy");
                  thread.setDaemon(true);
                  return thread;
                })
            : null;
  }

  /**
   * Takes a checked new person and their checked salary row (or null); returns the person's id.
   *
   * @param person a person from {@link PersonOperations#prepareNew}, not persisted
   * @param salary a row from {@link HistoryOperations#checkFirst}, or null
   */
  long add(PersonEntity person, SalaryRow salary) {
    try {
      inserted++;
      long personId = recordIds.next();
      String reason = session.change().reason();
      RowRef personRef = new RowRef(PersonOperations.TABLE, personId, personId, person.getUnitId());
      audit(session.audit().insertedEntries(personRef, 1, reason, AuditValues.of(person.toData())));
      session.personChanged(personId, PersonOperations.TABLE, "INSERT");

      if (salary == null) {
        PersonRows.add(sink, personId, 1, person);
        return personId;
      }

      long salaryId = recordIds.next();
      Object[] salaryValues = DemoWriter.salaryValues(salary);
      salaryValues[0] = salaryId;
      salaryValues[1] = 1L;
      salaryValues[2] = personId;
      sink.add(Table.SALARY_HISTORY, salaryValues);
      String salaryReason = HistoryOperations.reason(session, salary);
      RowRef salaryRef =
          new RowRef(HistoryKind.SALARY.table(), salaryId, personId, person.getUnitId());
      audit(session.audit().insertedEntries(salaryRef, 1, salaryReason, AuditValues.of(salary)));
      session.personChanged(personId, HistoryKind.SALARY.table(), "INSERT");

      Map<String, String> before = LatestSalary.values(person);
      person.setRankCode(salary.rankCode());
      person.setSalaryStep(salary.step());
      person.setSalaryCoefficient(salary.coefficient());
      audit(
          session
              .audit()
              .updatedEntries(personRef, 2, salaryReason, before, LatestSalary.values(person)));
      PersonRows.add(sink, personId, 2, person);
      return personId;
    } catch (SQLException e) {
      throw new PersistenceException("Preparing the rows of a new person failed", e);
    }
  }

  /**
   * Writes every row taken since the last flush. On PostgreSQL the COPY runs on a thread of its
   * own, so the caller checks the next chunk meanwhile. The driver makes any other statement on the
   * connection wait until the COPY ends, and {@link #finish} waits for it too.
   *
   * <p>On PostgreSQL the statistics of {@code person} are updated whenever this write has inserted
   * as many people as the statistics knew of, and then at four times as many. PostgreSQL keeps the
   * plans of the foreign key checks and of the look-ups of later chunks for the whole session. A
   * plan made while the table looked nearly empty scans it whole, so each chunk would take longer
   * than the one before. ANALYZE counts this transaction's own rows and makes PostgreSQL plan those
   * statements again.
   */
  void flush() {
    awaitCopy();
    boolean analyze = inserted >= analyzeAt;
    if (analyze) {
      analyzeAt = inserted * 4;
    }
    if (sink instanceof CopySink copy) {
      Map<Table, byte[]> rows = copy.take();
      copying =
          copier.submit(
              () -> {
                copy.write(rows);
                if (analyze) {
                  analyzePeople();
                }
                return null;
              });
      return;
    }
    try {
      sink.flush();
    } catch (SQLException e) {
      throw new PersistenceException("Inserting new people failed", e);
    }
  }

  /** Waits until every row taken so far is in the database. */
  void finish() {
    awaitCopy();
  }

  /** Waits for a COPY in progress, then closes the statements of the batch inserts. */
  @Override
  public void close() {
    try {
      awaitCopy();
    } finally {
      if (copier != null) {
        copier.shutdownNow();
      }
      if (inserted > 0) {
        LOG.info(
            "Bulk write of '{}' wrote {} new people into its transaction with {}",
            session.change().actor(),
            inserted,
            sink instanceof CopySink ? "COPY" : "batched inserts");
      }
      if (sink instanceof JdbcBatchSink batches) {
        try {
          batches.close();
        } catch (SQLException e) {
          LOG.warn("Closing the insert statements of a bulk write failed", e);
        }
      }
    }
  }

  private void awaitCopy() {
    if (copying == null) {
      return;
    }
    try {
      copying.get();
    } catch (ExecutionException e) {
      throw new PersistenceException("Inserting new people failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PersistenceException("Interrupted while inserting new people", e);
    } finally {
      copying = null;
    }
  }

  private void analyzePeople() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("ANALYZE person");
    }
  }

  private void audit(List<AuditLogEntity> entries) throws SQLException {
    for (AuditLogEntity entry : entries) {
      sink.add(
          Table.AUDIT_LOG,
          new Object[] {
            auditIds.next(),
            entry.getChangeId(),
            entry.getChangedAt(),
            entry.getActor(),
            entry.getPersonId(),
            entry.getUnitId(),
            entry.getTableName(),
            entry.getRowId(),
            entry.getRowVersion(),
            entry.getOperation(),
            entry.getField(),
            entry.getOldValue(),
            entry.getNewValue(),
            entry.getReason()
          });
    }
  }

  /** Returns PostgreSQL's estimate of the number of people stored, from the last statistics. */
  private long estimatedPeople() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT reltuples FROM pg_class WHERE oid = 'person'::regclass")) {
      return result.next() ? Math.max(0, result.getLong(1)) : 0;
    }
  }

  private static boolean isPostgres(Connection connection) {
    try {
      return connection.isWrapperFor(PGConnection.class);
    } catch (SQLException | NoClassDefFoundError e) {
      return false;
    }
  }
}
