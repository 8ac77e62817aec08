package vn.hoso.records.internal.unit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import vn.hoso.api.personnel.UnitMove;
import vn.hoso.records.internal.history.DecisionColumns;
import vn.hoso.records.internal.persistence.VersionedEntity;

/** One move of a unit in the tree; rows are only inserted. */
@Entity
@Table(name = "unit_move")
public class UnitMoveEntity {

  @Id
  @GeneratedValue(
      strategy = GenerationType.SEQUENCE,
      generator = VersionedEntity.RECORD_ID_GENERATOR)
  @Column(name = "id")
  private Long id;

  @Column(name = "unit_id", nullable = false)
  private long unitId;

  @Column(name = "old_parent_id")
  private Long oldParentId;

  @Column(name = "new_parent_id")
  private Long newParentId;

  @Column(name = "effective_date", nullable = false)
  private LocalDate effectiveDate;

  @Embedded private DecisionColumns decision;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "recorded_by", length = 100, nullable = false)
  private String recordedBy;

  protected UnitMoveEntity() {}

  public UnitMoveEntity(
      long unitId,
      Long oldParentId,
      Long newParentId,
      LocalDate effectiveDate,
      DecisionColumns decision,
      OffsetDateTime recordedAt,
      String recordedBy) {
    this.unitId = unitId;
    this.oldParentId = oldParentId;
    this.newParentId = newParentId;
    this.effectiveDate = effectiveDate;
    this.decision = decision;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  public UnitMove toMove() {
    return new UnitMove(
        id,
        unitId,
        oldParentId,
        newParentId,
        effectiveDate,
        DecisionColumns.toDecision(decision),
        recordedAt.toInstant(),
        recordedBy);
  }
}
