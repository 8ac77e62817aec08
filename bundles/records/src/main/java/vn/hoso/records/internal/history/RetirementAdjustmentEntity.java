package vn.hoso.records.internal.history;

import java.util.Map;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;
import vn.hoso.api.personnel.history.RetirementAdjustmentRow;
import vn.hoso.api.record.RetirementAdjustmentKind;

/** Retirement adjustment row. */
@Entity
@Table(name = "retirement_adjustment")
public class RetirementAdjustmentEntity extends HistoryEntity<RetirementAdjustmentRow> {

  /** Maximum lengths of the text fields, by field path, as the columns define them. */
  static final Map<String, Integer> MAX_LENGTHS =
      Map.ofEntries(
          Map.entry("legalBasis", 300),
          Map.entry("decision.number", DecisionColumns.NUMBER_LENGTH),
          Map.entry("decision.signer", DecisionColumns.SIGNER_LENGTH));

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  private RetirementAdjustmentKind kind;

  @Column(name = "months")
  private Integer months;

  @Column(name = "legal_basis", length = 300)
  private String legalBasis;

  @Embedded private DecisionColumns decision;

  public RetirementAdjustmentKind getKind() {
    return kind;
  }

  public void setKind(RetirementAdjustmentKind kind) {
    this.kind = kind;
  }

  public Integer getMonths() {
    return months;
  }

  public void setMonths(Integer months) {
    this.months = months;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(String legalBasis) {
    this.legalBasis = legalBasis;
  }

  public DecisionColumns getDecision() {
    return decision;
  }

  public void setDecision(DecisionColumns decision) {
    this.decision = decision;
  }

  @Override
  public RetirementAdjustmentRow toRow() {
    return new RetirementAdjustmentRow(
        getId(), getVersion(), kind, months, legalBasis, DecisionColumns.toDecision(decision));
  }

  @Override
  public void copyFrom(RetirementAdjustmentRow row) {
    this.kind = row.kind();
    this.months = row.months();
    this.legalBasis = row.legalBasis();
    this.decision = DecisionColumns.of(row.decision());
  }

  @Override
  public Map<String, Integer> maxLengths() {
    return MAX_LENGTHS;
  }
}
