package vn.hoso.records.internal.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.Table;
import vn.hoso.api.personnel.history.SalaryRow;

/** Salary history row (quá trình lương). */
@Entity
@Table(name = "salary_history")
public class SalaryEntity extends HistoryEntity<SalaryRow> {

  /** Maximum lengths of the text fields, by field path, as the columns define them. */
  static final Map<String, Integer> MAX_LENGTHS =
      Map.ofEntries(
          Map.entry("salaryTable", 10),
          Map.entry("salaryType", 10),
          Map.entry("rankCode", 20),
          Map.entry("note", 500),
          Map.entry("decision.number", DecisionColumns.NUMBER_LENGTH),
          Map.entry("decision.signer", DecisionColumns.SIGNER_LENGTH));

  @Column(name = "salary_table", length = 10)
  private String salaryTable;

  @Column(name = "salary_type", length = 10)
  private String salaryType;

  @Column(name = "rank_code", length = 20)
  private String rankCode;

  @Column(name = "step")
  private Integer step;

  @Column(name = "coefficient")
  private BigDecimal coefficient;

  @Column(name = "effective_date")
  private LocalDate effectiveDate;

  @Column(name = "counted_from")
  private LocalDate countedFrom;

  @Column(name = "seniority_allowance_percent")
  private BigDecimal seniorityAllowancePercent;

  @Embedded private DecisionColumns decision;

  @Column(name = "note", length = 500)
  private String note;

  public String getSalaryTable() {
    return salaryTable;
  }

  public void setSalaryTable(String salaryTable) {
    this.salaryTable = salaryTable;
  }

  public String getSalaryType() {
    return salaryType;
  }

  public void setSalaryType(String salaryType) {
    this.salaryType = salaryType;
  }

  public String getRankCode() {
    return rankCode;
  }

  public void setRankCode(String rankCode) {
    this.rankCode = rankCode;
  }

  public Integer getStep() {
    return step;
  }

  public void setStep(Integer step) {
    this.step = step;
  }

  public BigDecimal getCoefficient() {
    return coefficient;
  }

  public void setCoefficient(BigDecimal coefficient) {
    this.coefficient = coefficient;
  }

  public LocalDate getEffectiveDate() {
    return effectiveDate;
  }

  public void setEffectiveDate(LocalDate effectiveDate) {
    this.effectiveDate = effectiveDate;
  }

  public LocalDate getCountedFrom() {
    return countedFrom;
  }

  public void setCountedFrom(LocalDate countedFrom) {
    this.countedFrom = countedFrom;
  }

  public BigDecimal getSeniorityAllowancePercent() {
    return seniorityAllowancePercent;
  }

  public void setSeniorityAllowancePercent(BigDecimal seniorityAllowancePercent) {
    this.seniorityAllowancePercent = seniorityAllowancePercent;
  }

  public DecisionColumns getDecision() {
    return decision;
  }

  public void setDecision(DecisionColumns decision) {
    this.decision = decision;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  @Override
  public SalaryRow toRow() {
    return new SalaryRow(
        getId(),
        getVersion(),
        salaryTable,
        salaryType,
        rankCode,
        step,
        coefficient,
        effectiveDate,
        countedFrom,
        seniorityAllowancePercent,
        DecisionColumns.toDecision(decision),
        note);
  }

  @Override
  public void copyFrom(SalaryRow row) {
    this.salaryTable = row.salaryTable();
    this.salaryType = row.salaryType();
    this.rankCode = row.rankCode();
    this.step = row.step();
    this.coefficient = row.coefficient();
    this.effectiveDate = row.effectiveDate();
    this.countedFrom = row.countedFrom();
    this.seniorityAllowancePercent = row.seniorityAllowancePercent();
    this.decision = DecisionColumns.of(row.decision());
    this.note = row.note();
  }

  @Override
  public Map<String, Integer> maxLengths() {
    return MAX_LENGTHS;
  }
}
