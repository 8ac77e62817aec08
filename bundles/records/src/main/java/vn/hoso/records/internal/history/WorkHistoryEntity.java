package vn.hoso.records.internal.history;

import java.time.LocalDate;
import java.util.Map;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.Table;
import vn.hoso.api.personnel.history.WorkHistoryRow;

/** Work history row (quá trình công tác). */
@Entity
@Table(name = "work_history")
public class WorkHistoryEntity extends HistoryEntity<WorkHistoryRow> {

  /** Maximum lengths of the text fields, by field path, as the columns define them. */
  static final Map<String, Integer> MAX_LENGTHS =
      Map.ofEntries(
          Map.entry("title", 300),
          Map.entry("unitName", 300),
          Map.entry("decision.number", DecisionColumns.NUMBER_LENGTH),
          Map.entry("decision.signer", DecisionColumns.SIGNER_LENGTH));

  @Column(name = "from_date")
  private LocalDate from;

  @Column(name = "to_date")
  private LocalDate to;

  @Column(name = "title", length = 300)
  private String title;

  @Column(name = "unit_name", length = 300)
  private String unitName;

  @Column(name = "unit_id")
  private Long unitId;

  @Embedded private DecisionColumns decision;

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

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getUnitName() {
    return unitName;
  }

  public void setUnitName(String unitName) {
    this.unitName = unitName;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public DecisionColumns getDecision() {
    return decision;
  }

  public void setDecision(DecisionColumns decision) {
    this.decision = decision;
  }

  @Override
  public WorkHistoryRow toRow() {
    return new WorkHistoryRow(
        getId(),
        getVersion(),
        from,
        to,
        title,
        unitName,
        unitId,
        DecisionColumns.toDecision(decision));
  }

  @Override
  public void copyFrom(WorkHistoryRow row) {
    this.from = row.from();
    this.to = row.to();
    this.title = row.title();
    this.unitName = row.unitName();
    this.unitId = row.unitId();
    this.decision = DecisionColumns.of(row.decision());
  }

  @Override
  public Map<String, Integer> maxLengths() {
    return MAX_LENGTHS;
  }
}
