package vn.hoso.records.internal.audit;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import javax.persistence.TypedQuery;
import vn.hoso.api.personnel.AuditEntry;
import vn.hoso.api.personnel.AuditQuery;
import vn.hoso.api.personnel.Page;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.records.internal.unit.Scopes;

/** Reads the audit log. */
public final class AuditLog {

  /** Maximum number of entries a stale-version error carries. */
  static final int MAX_CHANGES_SINCE = 100;

  private AuditLog() {}

  /** Returns the entries of a row after a version, oldest first, at most 100. */
  public static List<AuditEntry> changesSince(
      EntityManager em, String table, long rowId, long version) {
    return em
        .createQuery(
            "SELECT a FROM AuditLogEntity a WHERE a.tableName = :table AND a.rowId = :rowId"
                + " AND a.rowVersion > :version ORDER BY a.rowVersion, a.id",
            AuditLogEntity.class)
        .setParameter("table", table)
        .setParameter("rowId", rowId)
        .setParameter("version", version)
        .setMaxResults(MAX_CHANGES_SINCE)
        .getResultList()
        .stream()
        .map(AuditLogEntity::toEntry)
        .toList();
  }

  /**
   * Returns one page of the entries in scope that match the query, newest first: entries of the
   * scope's units, and every entry of the scope's own person.
   */
  public static Page<AuditEntry> find(EntityManager em, UnitScope scope, AuditQuery query) {
    if (scope.isEmpty()) {
      return new Page<>(List.of(), query.page(), query.size(), 0);
    }
    List<String> conditions = new ArrayList<>();
    String scopeCondition = Scopes.personCondition(scope, "a.unitId", "a.personId");
    if (scopeCondition != null) {
      conditions.add(scopeCondition);
    }
    if (query.unitId() != null) {
      conditions.add(
          "a.unitId IN (SELECT uc.descendantId FROM UnitClosureEntity uc"
              + " WHERE uc.ancestorId = :unitId)");
    }
    if (query.personId() != null) {
      conditions.add("a.personId = :personId");
    }
    if (query.from() != null) {
      conditions.add("a.changedAt >= :from");
    }
    if (query.to() != null) {
      conditions.add("a.changedAt < :to");
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);

    TypedQuery<AuditLogEntity> rows =
        em.createQuery(
            "SELECT a FROM AuditLogEntity a" + where + " ORDER BY a.changedAt DESC, a.id DESC",
            AuditLogEntity.class);
    Query count = em.createQuery("SELECT COUNT(a) FROM AuditLogEntity a" + where);
    for (Query q : List.of(rows, count)) {
      Scopes.bindPerson(q, scope);
      if (query.unitId() != null) {
        q.setParameter("unitId", query.unitId());
      }
      if (query.personId() != null) {
        q.setParameter("personId", query.personId());
      }
      if (query.from() != null) {
        q.setParameter("from", query.from().atOffset(ZoneOffset.UTC));
      }
      if (query.to() != null) {
        q.setParameter("to", query.to().atOffset(ZoneOffset.UTC));
      }
    }
    List<AuditEntry> items =
        rows
            .setFirstResult(query.page() * query.size())
            .setMaxResults(query.size())
            .getResultList()
            .stream()
            .map(AuditLogEntity::toEntry)
            .toList();
    long total = ((Number) count.getSingleResult()).longValue();
    return new Page<>(items, query.page(), query.size(), total);
  }
}
