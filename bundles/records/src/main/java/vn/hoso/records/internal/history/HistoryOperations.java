package vn.hoso.records.internal.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import vn.hoso.api.personnel.RecordNotFoundException;
import vn.hoso.api.personnel.StaleVersionException;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.HistoryRow;
import vn.hoso.records.internal.audit.AuditLog;
import vn.hoso.records.internal.audit.AuditTrail.RowRef;
import vn.hoso.records.internal.audit.AuditValues;
import vn.hoso.records.internal.persistence.ChangeSession;
import vn.hoso.records.internal.person.PersonEntity;
import vn.hoso.records.internal.text.RecordTexts;
import vn.hoso.records.internal.validation.Problems;

/** Reads and writes of a person's history rows, with their audit entries. */
public final class HistoryOperations {

  private HistoryOperations() {}

  /** Returns the person's rows of one table in the table's natural order. */
  public static <R extends HistoryRow> List<R> list(
      EntityManager em, long personId, HistoryKind<R> kind) {
    HistoryTables.Table<R, ? extends HistoryEntity<R>> table = HistoryTables.of(kind);
    return entities(em, personId, table).stream()
        .map(HistoryEntity::toRow)
        .sorted(table.order())
        .toList();
  }

  /**
   * Returns the rows of one table for many people at once, by person, each list in the table's
   * natural order; one query for the whole batch. People without rows are absent from the map.
   */
  public static <R extends HistoryRow> Map<Long, List<R>> listForPeople(
      EntityManager em, Collection<Long> personIds, HistoryKind<R> kind) {
    HistoryTables.Table<R, ? extends HistoryEntity<R>> table = HistoryTables.of(kind);
    Map<Long, List<R>> rowsByPerson = new HashMap<>();
    if (personIds.isEmpty()) {
      return rowsByPerson;
    }
    for (HistoryEntity<R> entity : entities(em, personIds, table)) {
      rowsByPerson
          .computeIfAbsent(entity.getPersonId(), id -> new ArrayList<>())
          .add(entity.toRow());
    }
    rowsByPerson.values().forEach(rows -> rows.sort(table.order()));
    return rowsByPerson;
  }

  /**
   * Returns one row of the person.
   *
   * @throws RecordNotFoundException when it does not exist or belongs to another person
   */
  public static <R extends HistoryRow> R find(
      EntityManager em, long personId, HistoryKind<R> kind, long rowId) {
    return entity(em, personId, HistoryTables.of(kind), rowId).toRow();
  }

  public static <R extends HistoryRow> R add(
      ChangeSession session, PersonEntity person, HistoryKind<R> kind, R input) {
    HistoryTables.Table<R, ? extends HistoryEntity<R>> table = HistoryTables.of(kind);
    R row = check(session, person, table, input, list(session.em(), person.getId(), kind));

    HistoryEntity<R> entity = table.factory().get();
    entity.setPersonId(person.getId());
    entity.copyFrom(row);
    session.em().persist(entity);
    session.em().flush();

    R stored = entity.toRow();
    session
        .audit()
        .inserted(
            rowRef(person, kind, entity),
            entity.getVersion(),
            reason(session, stored),
            values(stored));
    afterChange(session, person, kind, "INSERT", reason(session, stored));
    return stored;
  }

  /**
   * Checks the first row of a table for a person, as {@link #add} checks it, and returns the row as
   * {@link #add} would store it, without writing: for writers that insert the rows of new people
   * without the entity manager. The person need not be stored yet.
   *
   * @throws vn.hoso.api.personnel.ValidationException with every problem found
   */
  public static <R extends HistoryRow> R checkFirst(
      ChangeSession session, PersonEntity person, HistoryKind<R> kind, R input) {
    HistoryTables.Table<R, ? extends HistoryEntity<R>> table = HistoryTables.of(kind);
    R row = check(session, person, table, input, List.of());
    HistoryEntity<R> entity = table.factory().get();
    entity.copyFrom(row);
    return entity.toRow();
  }

  public static <R extends HistoryRow> R update(
      ChangeSession session, PersonEntity person, HistoryKind<R> kind, long rowId, R input) {
    HistoryTables.Table<R, ? extends HistoryEntity<R>> table = HistoryTables.of(kind);
    HistoryEntity<R> entity = entity(session.em(), person.getId(), table, rowId);
    Long expected = input.version();
    checkVersion(session, kind, entity, expected);
    List<R> others =
        list(session.em(), person.getId(), kind).stream()
            .filter(other -> !other.id().equals(rowId))
            .toList();
    R row = check(session, person, table, input, others);

    Map<String, String> before = values(entity.toRow());
    entity.copyFrom(row);
    session.flush(entity, kind.table(), expected);

    R stored = entity.toRow();
    int changed =
        session
            .audit()
            .updated(
                rowRef(person, kind, entity),
                entity.getVersion(),
                reason(session, stored),
                before,
                values(stored));
    if (changed > 0) {
      afterChange(session, person, kind, "UPDATE", reason(session, stored));
    }
    return stored;
  }

  public static <R extends HistoryRow> void delete(
      ChangeSession session,
      PersonEntity person,
      HistoryKind<R> kind,
      long rowId,
      long expectedVersion) {
    HistoryEntity<R> entity = entity(session.em(), person.getId(), HistoryTables.of(kind), rowId);
    checkVersion(session, kind, entity, expectedVersion);
    String reason = reason(session, entity.toRow());
    remove(session, person, kind, entity, expectedVersion);
    afterChange(session, person, kind, "DELETE", reason);
  }

  /** Deletes every history row of a person, writing the audit entries of each. */
  public static void deleteAll(ChangeSession session, PersonEntity person) {
    for (HistoryKind<?> kind : HistoryKind.all()) {
      deleteAllOfKind(session, person, kind);
    }
  }

  private static <R extends HistoryRow> void deleteAllOfKind(
      ChangeSession session, PersonEntity person, HistoryKind<R> kind) {
    for (HistoryEntity<R> entity : entities(session.em(), person.getId(), HistoryTables.of(kind))) {
      remove(session, person, kind, entity, entity.getVersion());
    }
  }

  private static <R extends HistoryRow> void remove(
      ChangeSession session,
      PersonEntity person,
      HistoryKind<R> kind,
      HistoryEntity<R> entity,
      long expectedVersion) {
    R row = entity.toRow();
    session.em().remove(entity);
    session.flush(entity, kind.table(), expectedVersion);
    session
        .audit()
        .deleted(
            rowRef(person, kind, entity), entity.getVersion(), reason(session, row), values(row));
  }

  private static <R extends HistoryRow> R check(
      ChangeSession session,
      PersonEntity person,
      HistoryTables.Table<R, ? extends HistoryEntity<R>> table,
      R input,
      List<R> others) {
    @SuppressWarnings("unchecked")
    R cleaned = (R) RecordTexts.clean((Record) input);
    Problems problems = new Problems();
    R row = table.rules().check(new HistoryContext(session, person), cleaned, others, problems);
    problems.maxLengths(table.factory().get().maxLengths(), values(row));
    problems.throwIfAny();
    return row;
  }

  private static <R extends HistoryRow> void checkVersion(
      ChangeSession session, HistoryKind<R> kind, HistoryEntity<R> entity, Long expected) {
    if (expected == null) {
      Problems problems = new Problems();
      problems.add("version", "required");
      problems.throwIfAny();
    } else if (expected != entity.getVersion()) {
      throw new StaleVersionException(
          kind.table(),
          entity.getId(),
          expected,
          entity.getVersion(),
          AuditLog.changesSince(session.em(), kind.table(), entity.getId(), expected));
    }
  }

  /** Posts the change and keeps the person's copy of the latest salary row current. */
  private static void afterChange(
      ChangeSession session,
      PersonEntity person,
      HistoryKind<?> kind,
      String operation,
      String reason) {
    session.personChanged(person.getId(), kind.table(), operation);
    if (kind == HistoryKind.SALARY) {
      LatestSalary.copyToPerson(session, person, reason);
    }
  }

  private static <R extends HistoryRow, E extends HistoryEntity<R>> List<HistoryEntity<R>> entities(
      EntityManager em, long personId, HistoryTables.Table<R, E> table) {
    List<E> found =
        em.createQuery(
                "SELECT e FROM " + entityName(table) + " e WHERE e.personId = :personId",
                table.entityClass())
            .setParameter("personId", personId)
            .getResultList();
    return new ArrayList<>(found);
  }

  private static <R extends HistoryRow, E extends HistoryEntity<R>> List<HistoryEntity<R>> entities(
      EntityManager em, Collection<Long> personIds, HistoryTables.Table<R, E> table) {
    List<E> found =
        em.createQuery(
                "SELECT e FROM " + entityName(table) + " e WHERE e.personId IN :personIds",
                table.entityClass())
            .setParameter("personIds", personIds)
            .getResultList();
    return new ArrayList<>(found);
  }

  private static <R extends HistoryRow, E extends HistoryEntity<R>> HistoryEntity<R> entity(
      EntityManager em, long personId, HistoryTables.Table<R, E> table, long rowId) {
    E entity = em.find(table.entityClass(), rowId);
    if (entity == null || entity.getPersonId() != personId) {
      throw new RecordNotFoundException(table.kind().table(), rowId);
    }
    return entity;
  }

  private static String entityName(HistoryTables.Table<?, ?> table) {
    return table.entityClass().getSimpleName();
  }

  private static RowRef rowRef(PersonEntity person, HistoryKind<?> kind, HistoryEntity<?> entity) {
    return new RowRef(kind.table(), entity.getId(), person.getId(), person.getUnitId());
  }

  private static Map<String, String> values(HistoryRow row) {
    return row instanceof Record record ? AuditValues.of(record) : new LinkedHashMap<>();
  }

  /** Returns the caller's reason, or the row's decision number when the caller gave none. */
  public static String reason(ChangeSession session, HistoryRow row) {
    if (session.change().reason() != null) {
      return session.change().reason();
    }
    return values(row).get("decision.number");
  }
}
