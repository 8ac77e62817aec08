package vn.hoso.records.internal.history;

import java.time.LocalDate;
import java.util.Map;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;
import vn.hoso.api.personnel.history.ContractType;
import vn.hoso.api.personnel.history.LabourContractRow;

/** Labour contract row. */
@Entity
@Table(name = "labour_contract")
public class LabourContractEntity extends HistoryEntity<LabourContractRow> {

  /** Maximum lengths of the text fields, by field path, as the columns define them. */
  static final Map<String, Integer> MAX_LENGTHS =
      Map.ofEntries(
          Map.entry("contractNumber", 50),
          Map.entry("jobTitle", 200),
          Map.entry("decision.number", DecisionColumns.NUMBER_LENGTH),
          Map.entry("decision.signer", DecisionColumns.SIGNER_LENGTH));

  @Column(name = "contract_number", length = 50)
  private String contractNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "contract_type")
  private ContractType type;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "terminated_on")
  private LocalDate terminatedOn;

  @Column(name = "job_title", length = 200)
  private String jobTitle;

  @Embedded private DecisionColumns decision;

  public String getContractNumber() {
    return contractNumber;
  }

  public void setContractNumber(String contractNumber) {
    this.contractNumber = contractNumber;
  }

  public ContractType getType() {
    return type;
  }

  public void setType(ContractType type) {
    this.type = type;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public LocalDate getTerminatedOn() {
    return terminatedOn;
  }

  public void setTerminatedOn(LocalDate terminatedOn) {
    this.terminatedOn = terminatedOn;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }

  public DecisionColumns getDecision() {
    return decision;
  }

  public void setDecision(DecisionColumns decision) {
    this.decision = decision;
  }

  @Override
  public LabourContractRow toRow() {
    return new LabourContractRow(
        getId(),
        getVersion(),
        contractNumber,
        type,
        startDate,
        endDate,
        terminatedOn,
        jobTitle,
        DecisionColumns.toDecision(decision));
  }

  @Override
  public void copyFrom(LabourContractRow row) {
    this.contractNumber = row.contractNumber();
    this.type = row.type();
    this.startDate = row.startDate();
    this.endDate = row.endDate();
    this.terminatedOn = row.terminatedOn();
    this.jobTitle = row.jobTitle();
    this.decision = DecisionColumns.of(row.decision());
  }

  @Override
  public Map<String, Integer> maxLengths() {
    return MAX_LENGTHS;
  }
}
