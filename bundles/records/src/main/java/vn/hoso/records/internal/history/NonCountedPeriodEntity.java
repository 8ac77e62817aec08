package vn.hoso.records.internal.history;

import java.time.LocalDate;
import java.util.Map;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;
import vn.hoso.api.personnel.history.NonCountedPeriodRow;
import vn.hoso.api.record.NonCountedKind;

/** Row of a period that does not count towards the next salary step. */
@Entity
@Table(name = "non_counted_period")
public class NonCountedPeriodEntity extends HistoryEntity<NonCountedPeriodRow> {

  /** Maximum lengths of the text fields, by field path, as the columns define them. */
  static final Map<String, Integer> MAX_LENGTHS =
      Map.ofEntries(
          Map.entry("decision.number", DecisionColumns.NUMBER_LENGTH),
          Map.entry("decision.signer", DecisionColumns.SIGNER_LENGTH));

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  private NonCountedKind kind;

  @Column(name = "from_date")
  private LocalDate from;

  @Column(name = "to_date")
  private LocalDate to;

  @Column(name = "working_days")
  private Integer workingDays;

  @Embedded private DecisionColumns decision;

  public NonCountedKind getKind() {
    return kind;
  }

  public void setKind(NonCountedKind kind) {
    this.kind = kind;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Integer getWorkingDays() {
    return workingDays;
  }

  public void setWorkingDays(Integer workingDays) {
    this.workingDays = workingDays;
  }

  public DecisionColumns getDecision() {
    return decision;
  }

  public void setDecision(DecisionColumns decision) {
    this.decision = decision;
  }

  @Override
  public NonCountedPeriodRow toRow() {
    return new NonCountedPeriodRow(
        getId(), getVersion(), kind, from, to, workingDays, DecisionColumns.toDecision(decision));
  }

  @Override
  public void copyFrom(NonCountedPeriodRow row) {
    this.kind = row.kind();
    this.from = row.from();
    this.to = row.to();
    this.workingDays = row.workingDays();
    this.decision = DecisionColumns.of(row.decision());
  }

  @Override
  public Map<String, Integer> maxLengths() {
    return MAX_LENGTHS;
  }
}
