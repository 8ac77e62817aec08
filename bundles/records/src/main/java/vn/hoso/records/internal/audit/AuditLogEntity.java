package vn.hoso.records.internal.audit;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import vn.hoso.api.personnel.AuditEntry;
import vn.hoso.records.internal.persistence.VersionedEntity;

/**
 * One changed field in the audit log. The record service only inserts these rows: the entity has no
 * setters and every column is mapped as not updatable.
 */
@Entity
@Table(name = "audit_log")
public class AuditLogEntity {

  /** Maximum length of a stored value; longer values are cut to end in "…". */
  static final int VALUE_LENGTH = 4000;

  static final int REASON_LENGTH = 500;

  @Id
  @SequenceGenerator(
      name = "audit_log_id",
      sequenceName = "audit_log_id_seq",
      allocationSize = VersionedEntity.ALLOCATION_SIZE)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_log_id")
  @Column(name = "id", updatable = false)
  private Long id;

  @Column(name = "change_id", length = 36, nullable = false, updatable = false)
  private String changeId;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private OffsetDateTime changedAt;

  @Column(name = "actor", length = 100, nullable = false, updatable = false)
  private String actor;

  @Column(name = "person_id", updatable = false)
  private Long personId;

  @Column(name = "unit_id", updatable = false)
  private Long unitId;

  @Column(name = "table_name", length = 40, nullable = false, updatable = false)
  private String tableName;

  @Column(name = "row_id", nullable = false, updatable = false)
  private long rowId;

  @Column(name = "row_version", nullable = false, updatable = false)
  private long rowVersion;

  @Column(name = "operation", length = 6, nullable = false, updatable = false)
  private String operation;

  @Column(name = "field", length = 60, nullable = false, updatable = false)
  private String field;

  @Column(name = "old_value", length = VALUE_LENGTH, updatable = false)
  private String oldValue;

  @Column(name = "new_value", length = VALUE_LENGTH, updatable = false)
  private String newValue;

  @Column(name = "reason", length = REASON_LENGTH, updatable = false)
  private String reason;

  protected AuditLogEntity() {}

  AuditLogEntity(
      ChangeHeader header,
      String operation,
      String field,
      String oldValue,
      String newValue,
      long rowVersion) {
    this.changeId = header.changeId();
    this.changedAt = header.changedAt();
    this.actor = header.actor();
    this.personId = header.personId();
    this.unitId = header.unitId();
    this.tableName = header.table();
    this.rowId = header.rowId();
    this.rowVersion = rowVersion;
    this.operation = operation;
    this.field = field;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.reason = header.reason();
  }

  public String getChangeId() {
    return changeId;
  }

  public OffsetDateTime getChangedAt() {
    return changedAt;
  }

  public String getActor() {
    return actor;
  }

  public Long getPersonId() {
    return personId;
  }

  public Long getUnitId() {
    return unitId;
  }

  public String getTableName() {
    return tableName;
  }

  public long getRowId() {
    return rowId;
  }

  public long getRowVersion() {
    return rowVersion;
  }

  public String getOperation() {
    return operation;
  }

  public String getField() {
    return field;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getReason() {
    return reason;
  }

  public AuditEntry toEntry() {
    return new AuditEntry(
        id,
        changedAt.toInstant(),
        actor,
        personId,
        unitId,
        tableName,
        rowId,
        rowVersion,
        operation,
        field,
        oldValue,
        newValue,
        reason,
        changeId);
  }
}
