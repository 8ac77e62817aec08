package vn.hoso.records.internal.change;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import vn.hoso.api.personnel.change.ChangeOperation;
import vn.hoso.api.personnel.change.ChangeRequest;
import vn.hoso.api.personnel.change.ChangeRequestStatus;
import vn.hoso.api.personnel.change.EvidenceSummary;
import vn.hoso.records.internal.persistence.VersionedEntity;

/**
 * A change request with the fields it changes; the evidence content is in {@link EvidenceEntity}.
 */
@Entity
@Table(name = "change_request")
public class ChangeRequestEntity extends VersionedEntity {

  /** Table name, as record-not-found and stale-version errors name it. */
  static final String TABLE = "change_request";

  /** Maximum length of a stored field value, as in the audit log. */
  static final int VALUE_LENGTH = 4000;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Enumerated(EnumType.STRING)
  @Column(name = "operation", length = 20, nullable = false, updatable = false)
  private ChangeOperation operation;

  @Column(name = "history_kind", length = 40, updatable = false)
  private String historyKind;

  @Column(name = "row_id")
  private Long rowId;

  @Column(name = "base_version", updatable = false)
  private Long baseVersion;

  @Column(name = "note", length = 2000, updatable = false)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 10, nullable = false)
  private ChangeRequestStatus status;

  @Column(name = "submitted_by", length = 100, nullable = false, updatable = false)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private OffsetDateTime submittedAt;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "rejection_reason", length = 2000)
  private String rejectionReason;

  @Column(name = "evidence_name", length = 200, updatable = false)
  private String evidenceName;

  @Column(name = "evidence_type", length = 50, updatable = false)
  private String evidenceType;

  @Column(name = "evidence_size", updatable = false)
  private Integer evidenceSize;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "change_request_field", joinColumns = @JoinColumn(name = "request_id"))
  @OrderColumn(name = "field_index")
  private List<FieldChangeColumns> fields = new ArrayList<>();

  protected ChangeRequestEntity() {}

  ChangeRequestEntity(
      long personId,
      ChangeOperation operation,
      String historyKind,
      Long rowId,
      Long baseVersion,
      String note,
      List<FieldChangeColumns> fields,
      String submittedBy,
      OffsetDateTime submittedAt) {
    this.personId = personId;
    this.operation = operation;
    this.historyKind = historyKind;
    this.rowId = rowId;
    this.baseVersion = baseVersion;
    this.note = note;
    this.fields = new ArrayList<>(fields);
    this.status = ChangeRequestStatus.PENDING;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  void attachEvidence(String name, String type, int size) {
    this.evidenceName = name;
    this.evidenceType = type;
    this.evidenceSize = size;
  }

  void approve(String officer, OffsetDateTime at, Long createdRowId) {
    this.status = ChangeRequestStatus.APPROVED;
    this.decidedBy = officer;
    this.decidedAt = at;
    if (createdRowId != null) {
      this.rowId = createdRowId;
    }
  }

  void reject(String officer, OffsetDateTime at, String reason) {
    this.status = ChangeRequestStatus.REJECTED;
    this.decidedBy = officer;
    this.decidedAt = at;
    this.rejectionReason = reason;
  }

  long getPersonId() {
    return personId;
  }

  ChangeOperation getOperation() {
    return operation;
  }

  String getHistoryKind() {
    return historyKind;
  }

  Long getRowId() {
    return rowId;
  }

  Long getBaseVersion() {
    return baseVersion;
  }

  ChangeRequestStatus getStatus() {
    return status;
  }

  String getSubmittedBy() {
    return submittedBy;
  }

  String getEvidenceName() {
    return evidenceName;
  }

  String getEvidenceType() {
    return evidenceType;
  }

  List<FieldChangeColumns> getFields() {
    return fields;
  }

  ChangeRequest toRequest(String personName) {
    return new ChangeRequest(
        getId(),
        getVersion(),
        personId,
        personName,
        operation,
        historyKind,
        rowId,
        baseVersion,
        fields.stream().map(FieldChangeColumns::toChange).toList(),
        note,
        evidenceName == null ? null : new EvidenceSummary(evidenceName, evidenceType, evidenceSize),
        status,
        submittedBy,
        submittedAt.toInstant(),
        decidedBy,
        decidedAt == null ? null : decidedAt.toInstant(),
        rejectionReason);
  }
}
