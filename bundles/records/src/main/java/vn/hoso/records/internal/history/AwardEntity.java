package vn.hoso.records.internal.history;

import java.time.LocalDate;
import java.util.Map;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.Table;
import vn.hoso.api.personnel.history.AwardRow;

/** Award row (khen thưởng). */
@Entity
@Table(name = "award")
public class AwardEntity extends HistoryEntity<AwardRow> {

  /** Maximum lengths of the text fields, by field path, as the columns define them. */
  static final Map<String, Integer> MAX_LENGTHS =
      Map.ofEntries(
          Map.entry("form", 300),
          Map.entry("reason", 500),
          Map.entry("decision.number", DecisionColumns.NUMBER_LENGTH),
          Map.entry("decision.signer", DecisionColumns.SIGNER_LENGTH));

  @Column(name = "form", length = 300)
  private String form;

  @Column(name = "awarded_on")
  private LocalDate awardedOn;

  @Column(name = "award_year")
  private Integer year;

  @Column(name = "reason", length = 500)
  private String reason;

  @Embedded private DecisionColumns decision;

  public String getForm() {
    return form;
  }

  public void setForm(String form) {
    this.form = form;
  }

  public LocalDate getAwardedOn() {
    return awardedOn;
  }

  public void setAwardedOn(LocalDate awardedOn) {
    this.awardedOn = awardedOn;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
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
  public AwardRow toRow() {
    return new AwardRow(
        getId(), getVersion(), form, awardedOn, year, reason, DecisionColumns.toDecision(decision));
  }

  @Override
  public void copyFrom(AwardRow row) {
    this.form = row.form();
    this.awardedOn = row.awardedOn();
    this.year = row.year();
    this.reason = row.reason();
    this.decision = DecisionColumns.of(row.decision());
  }

  @Override
  public Map<String, Integer> maxLengths() {
    return MAX_LENGTHS;
  }
}
