package vn.hoso.records.internal.history;

import java.time.LocalDate;
import java.util.Map;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.Table;
import vn.hoso.api.personnel.history.MilitaryServiceRow;

/** Military service row. */
@Entity
@Table(name = "military_service")
public class MilitaryServiceEntity extends HistoryEntity<MilitaryServiceRow> {

  /** Maximum lengths of the text fields, by field path, as the columns define them. */
  static final Map<String, Integer> MAX_LENGTHS =
      Map.ofEntries(
          Map.entry("branch", 200),
          Map.entry("highestRank", 100),
          Map.entry("decision.number", DecisionColumns.NUMBER_LENGTH),
          Map.entry("decision.signer", DecisionColumns.SIGNER_LENGTH));

  @Column(name = "enlisted_on")
  private LocalDate enlistedOn;

  @Column(name = "discharged_on")
  private LocalDate dischargedOn;

  @Column(name = "branch", length = 200)
  private String branch;

  @Column(name = "highest_rank", length = 100)
  private String highestRank;

  @Embedded private DecisionColumns decision;

  public LocalDate getEnlistedOn() {
    return enlistedOn;
  }

  public void setEnlistedOn(LocalDate enlistedOn) {
    this.enlistedOn = enlistedOn;
  }

  public LocalDate getDischargedOn() {
    return dischargedOn;
  }

  public void setDischargedOn(LocalDate dischargedOn) {
    this.dischargedOn = dischargedOn;
  }

  public String getBranch() {
    return branch;
  }

  public void setBranch(String branch) {
    this.branch = branch;
  }

  public String getHighestRank() {
    return highestRank;
  }

  public void setHighestRank(String highestRank) {
    this.highestRank = highestRank;
  }

  public DecisionColumns getDecision() {
    return decision;
  }

  public void setDecision(DecisionColumns decision) {
    this.decision = decision;
  }

  @Override
  public MilitaryServiceRow toRow() {
    return new MilitaryServiceRow(
        getId(),
        getVersion(),
        enlistedOn,
        dischargedOn,
        branch,
        highestRank,
        DecisionColumns.toDecision(decision));
  }

  @Override
  public void copyFrom(MilitaryServiceRow row) {
    this.enlistedOn = row.enlistedOn();
    this.dischargedOn = row.dischargedOn();
    this.branch = row.branch();
    this.highestRank = row.highestRank();
    this.decision = DecisionColumns.of(row.decision());
  }

  @Override
  public Map<String, Integer> maxLengths() {
    return MAX_LENGTHS;
  }
}
