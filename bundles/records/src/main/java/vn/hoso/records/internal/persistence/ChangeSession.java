package vn.hoso.records.internal.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import vn.hoso.api.personnel.ChangeContext;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.records.internal.audit.AuditTrail;
import vn.hoso.records.internal.reference.ReferenceData;

/**
 * The context of one write inside its transaction: the entity manager, the caller's scope and
 * change context, the date, the audit trail, and the events to post after the commit.
 */
public final class ChangeSession {

  /**
   * A change to a person, to be posted as an event after the commit.
   *
   * @param personId the changed person
   * @param table the changed table
   * @param operation {@code INSERT}, {@code UPDATE} or {@code DELETE}
   */
  public record PersonChange(long personId, String table, String operation) {}

  /**
   * Thrown when the database rejected a write because another transaction changed the row after
   * this one read it. The caller reads the current version after the rollback.
   */
  public static final class ConcurrentChangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Class<? extends VersionedEntity> entityType;
    private final String table;
    private final long rowId;
    private final long expectedVersion;

    ConcurrentChangeException(
        Class<? extends VersionedEntity> entityType,
        String table,
        long rowId,
        long expectedVersion,
        PersistenceException cause) {
      super("Row " + rowId + " of " + table + " changed concurrently", cause);
      this.entityType = entityType;
      this.table = table;
      this.rowId = rowId;
      this.expectedVersion = expectedVersion;
    }

    public Class<? extends VersionedEntity> entityType() {
      return entityType;
    }

    public String table() {
      return table;
    }

    public long rowId() {
      return rowId;
    }

    public long expectedVersion() {
      return expectedVersion;
    }
  }

  private final EntityManager em;
  private final UnitScope scope;
  private final ChangeContext change;
  private final LocalDate today;
  private final OffsetDateTime now;
  private final AuditTrail audit;
  private final ReferenceData reference;
  private final List<PersonChange> personChanges;

  public ChangeSession(
      EntityManager em,
      UnitScope scope,
      ChangeContext change,
      Clock clock,
      List<PersonChange> personChanges) {
    this.em = em;
    this.scope = scope;
    this.change = change;
    this.today = LocalDate.now(clock);
    this.now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    this.audit = new AuditTrail(em, now, change.actor());
    this.reference = new ReferenceData(em);
    this.personChanges = personChanges;
  }

  public EntityManager em() {
    return em;
  }

  public UnitScope scope() {
    return scope;
  }

  /** Returns who makes the change and why. */
  public ChangeContext change() {
    return change;
  }

  public LocalDate today() {
    return today;
  }

  /** Returns the moment of the change in UTC, the same for every row it writes. */
  public OffsetDateTime now() {
    return now;
  }

  public AuditTrail audit() {
    return audit;
  }

  public ReferenceData reference() {
    return reference;
  }

  /** Notes a change to a person, posted as an event once the transaction commits. */
  public void personChanged(long personId, String table, String operation) {
    personChanges.add(new PersonChange(personId, table, operation));
  }

  /**
   * Flushes the pending writes of an entity the caller checked at {@code expectedVersion}.
   *
   * @throws ConcurrentChangeException when another transaction changed the row in between
   */
  public void flush(VersionedEntity entity, String table, long expectedVersion) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
        throw new ConcurrentChangeException(
            entity.getClass(), table, entity.getId(), expectedVersion, e);
      }
      throw e;
    }
  }
}
