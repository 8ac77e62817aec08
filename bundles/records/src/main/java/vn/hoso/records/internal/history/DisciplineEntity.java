package vn.hoso.records.internal.history;

import java.time.LocalDate;
import java.util.Map;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;
import vn.hoso.api.personnel.history.DisciplineRow;
import vn.hoso.api.record.DisciplineForm;

/** Discipline row (kỷ luật). */
@Entity
@Table(name = "discipline")
public class DisciplineEntity extends HistoryEntity<DisciplineRow> {

  /** Maximum lengths of the text fields, by field path, as the columns define them. */
  static final Map<String, Integer> MAX_LENGTHS =
      Map.ofEntries(
          Map.entry("reason", 500),
          Map.entry("decision.number", DecisionColumns.NUMBER_LENGTH),
          Map.entry("decision.signer", DecisionColumns.SIGNER_LENGTH));

  @Enumerated(EnumType.STRING)
  @Column(name = "form")
  private DisciplineForm form;

  @Column(name = "effective_date")
  private LocalDate effectiveDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "reason", length = 500)
  private String reason;

  @Embedded private DecisionColumns decision;

  public DisciplineForm getForm() {
    return form;
  }

  public void setForm(DisciplineForm form) {
    this.form = form;
  }

  public LocalDate getEffectiveDate() {
    return effectiveDate;
  }

  public void setEffectiveDate(LocalDate effectiveDate) {
    this.effectiveDate = effectiveDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public DecisionColumns getDecision() {
    return decision;
  }

  public void setDecision(DecisionColumns decision) {
    this.decision = decision;
  }

  @Override
  public DisciplineRow toRow() {
    return new DisciplineRow(
        getId(),
        getVersion(),
        form,
        effectiveDate,
        endDate,
        reason,
        DecisionColumns.toDecision(decision));
  }

  @Override
  public void copyFrom(DisciplineRow row) {
    this.form = row.form();
    this.effectiveDate = row.effectiveDate();
    this.endDate = row.endDate();
    this.reason = row.reason();
    this.decision = DecisionColumns.of(row.decision());
  }

  @Override
  public Map<String, Integer> maxLengths() {
    return MAX_LENGTHS;
  }
}
