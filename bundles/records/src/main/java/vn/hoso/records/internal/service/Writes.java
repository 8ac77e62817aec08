package vn.hoso.records.internal.service;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javax.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.api.personnel.ChangeContext;
import vn.hoso.api.personnel.RecordNotFoundException;
import vn.hoso.api.personnel.StaleVersionException;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.records.internal.audit.AuditLog;
import vn.hoso.records.internal.persistence.ChangeSession;
import vn.hoso.records.internal.persistence.ChangeSession.ConcurrentChangeException;
import vn.hoso.records.internal.persistence.ChangeSession.PersonChange;
import vn.hoso.records.internal.persistence.Transactor;
import vn.hoso.records.internal.persistence.VersionedEntity;
import vn.hoso.records.internal.unit.Scopes;

/**
 * Runs each write in one transaction and passes the committed changes to people to the listener. A
 * write works in the units of its scope only, because the scope's own person is for reading.
 */
final class Writes {

  private static final Logger LOG = LoggerFactory.getLogger(Writes.class);

  /** The SQLSTATE of a unique constraint violation, the same on PostgreSQL and H2. */
  private static final String UNIQUE_VIOLATION = "23505";

  private final Transactor transactor;
  private final Clock clock;
  private final ChangeListener listener;

  Writes(Transactor transactor, Clock clock, ChangeListener listener) {
    this.transactor = transactor;
    this.clock = clock;
    this.listener = listener;
  }

  /**
   * Runs a change in one transaction, then passes each committed change to the listener. A write
   * that lost a race with another transaction fails as a stale version with the row's current
   * version.
   */
  <T> T run(UnitScope scope, ChangeContext change, Function<ChangeSession, T> work) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(change, "change");
    UnitScope units = Scopes.unitsOnly(scope);
    List<PersonChange> changes = new ArrayList<>();
    Function<EntityManager, T> transaction =
        em -> {
          changes.clear();
          return work.apply(new ChangeSession(em, units, change, clock, changes));
        };
    T result;
    try {
      try {
        result = transactor.inTransaction(transaction);
      } catch (RuntimeException e) {
        if (!isUniqueViolation(e)) {
          throw e;
        }
        // Another transaction committed the same unique value after this one checked it. Run
        // again: the checks now see the committed row and report it as a field problem.
        LOG.info(
            "Write lost a race on a unique value ({}); running its checks again", e.getMessage());
        result = transactor.inTransaction(transaction);
      }
    } catch (ConcurrentChangeException e) {
      throw staleAfterRace(e);
    }
    for (PersonChange committed : new LinkedHashSet<>(changes)) {
      try {
        listener.committed(committed);
      } catch (RuntimeException e) {
        LOG.error(
            "Listener failed on the committed change of person {} in '{}'; the change is stored",
            committed.personId(),
            committed.table(),
            e);
      }
    }
    return result;
  }

  /**
   * Runs a change in a transaction that is rolled back, so that it runs every check of the write
   * and stores nothing, and returns the work's result.
   */
  <T> T dryRun(UnitScope scope, ChangeContext change, Function<ChangeSession, T> work) {
    UnitScope units = Scopes.unitsOnly(scope);
    try {
      transactor.inTransaction(
          em -> {
            T result = work.apply(new ChangeSession(em, units, change, clock, new ArrayList<>()));
            throw new RolledBack(result);
          });
    } catch (RolledBack rolledBack) {
      @SuppressWarnings("unchecked")
      T result = (T) rolledBack.result;
      return result;
    } catch (ConcurrentChangeException e) {
      throw staleAfterRace(e);
    }
    throw new IllegalStateException("The dry run returned without rolling back");
  }

  /** Returns whether the failure, or one of its causes, is a unique constraint violation. */
  static boolean isUniqueViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** Returns the failure to report for a lost race: stale, or not found when it was deleted. */
  private RuntimeException staleAfterRace(ConcurrentChangeException race) {
    return transactor.inTransaction(
        em -> {
          VersionedEntity current = em.find(race.entityType(), race.rowId());
          if (current == null) {
            return new RecordNotFoundException(race.table(), race.rowId());
          }
          return new StaleVersionException(
              race.table(),
              race.rowId(),
              race.expectedVersion(),
              current.getVersion(),
              AuditLog.changesSince(em, race.table(), race.rowId(), race.expectedVersion()));
        });
  }

  /** Carries the result of a dry run out of its transaction, which the throw rolls back. */
  private static final class RolledBack extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Object result;

    RolledBack(Object result) {
      super("dry run", null, false, false);
      this.result = result;
    }
  }
}
