package vn.hoso.records.internal.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.persistence.EntityManager;

/**
 * Writes the audit entries of one change, inside the change's transaction: one entry per field that
 * the change sets, modifies or clears.
 */
public final class AuditTrail {

  /**
   * Identifies the changed row.
   *
   * @param table the row's table
   * @param rowId the row's identifier
   * @param personId the person it belongs to, or null for a unit
   * @param unitId the person's unit, or the unit itself
   */
  public record RowRef(String table, long rowId, Long personId, Long unitId) {}

  private static final String INSERT = "INSERT";
  private static final String UPDATE = "UPDATE";
  private static final String DELETE = "DELETE";

  private final EntityManager em;
  private final String changeId = UUID.randomUUID().toString();
  private final OffsetDateTime changedAt;
  private final String actor;

  public AuditTrail(EntityManager em, OffsetDateTime changedAt, String actor) {
    this.em = em;
    this.changedAt = changedAt;
    this.actor = actor;
  }

  /** Writes an entry for each non-empty field of a new row; returns how many. */
  public int inserted(RowRef row, long version, String reason, Map<String, String> values) {
    return persist(entries(row, INSERT, version, reason, Map.of(), values));
  }

  /** Writes an entry for each field whose value changed; returns how many. */
  public int updated(
      RowRef row,
      long version,
      String reason,
      Map<String, String> before,
      Map<String, String> after) {
    return persist(entries(row, UPDATE, version, reason, before, after));
  }

  /** Writes an entry for each non-empty field of a deleted row; returns how many. */
  public int deleted(RowRef row, long version, String reason, Map<String, String> values) {
    return persist(entries(row, DELETE, version, reason, values, Map.of()));
  }

  /**
   * Returns the entries {@link #inserted} would write, without writing them, for writers that
   * insert rows without the entity manager. Their ids are null.
   */
  public List<AuditLogEntity> insertedEntries(
      RowRef row, long version, String reason, Map<String, String> values) {
    return entries(row, INSERT, version, reason, Map.of(), values);
  }

  /** Returns the entries {@link #updated} would write, without writing them; their ids are null. */
  public List<AuditLogEntity> updatedEntries(
      RowRef row,
      long version,
      String reason,
      Map<String, String> before,
      Map<String, String> after) {
    return entries(row, UPDATE, version, reason, before, after);
  }

  private int persist(List<AuditLogEntity> entries) {
    entries.forEach(em::persist);
    return entries.size();
  }

  private List<AuditLogEntity> entries(
      RowRef row,
      String operation,
      long version,
      String reason,
      Map<String, String> before,
      Map<String, String> after) {
    ChangeHeader header =
        new ChangeHeader(
            changeId,
            changedAt,
            actor,
            truncate(reason, AuditLogEntity.REASON_LENGTH),
            row.table(),
            row.rowId(),
            row.personId(),
            row.unitId());
    Set<String> fields = new LinkedHashSet<>(before.keySet());
    fields.addAll(after.keySet());
    List<AuditLogEntity> entries = new ArrayList<>();
    for (String field : fields) {
      String oldValue = before.get(field);
      String newValue = after.get(field);
      if (!Objects.equals(oldValue, newValue)) {
        entries.add(
            new AuditLogEntity(
                header,
                operation,
                field,
                truncate(oldValue, AuditLogEntity.VALUE_LENGTH),
                truncate(newValue, AuditLogEntity.VALUE_LENGTH),
                version));
      }
    }
    return entries;
  }

  private static String truncate(String value, int maxLength) {
    if (value == null || value.length() <= maxLength) {
      return value;
    }
    return value.substring(0, maxLength - 1) + "…";
  }
}
