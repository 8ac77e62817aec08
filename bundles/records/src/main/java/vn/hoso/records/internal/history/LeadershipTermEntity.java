package vn.hoso.records.internal.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;
import vn.hoso.api.personnel.history.LeadershipTermRow;
import vn.hoso.api.record.AppointmentKind;

/** Leadership term row. */
@Entity
@Table(name = "leadership_term")
public class LeadershipTermEntity extends HistoryEntity<LeadershipTermRow> {

  /** Maximum lengths of the text fields, by field path, as the columns define them. */
  static final Map<String, Integer> MAX_LENGTHS =
      Map.ofEntries(
          Map.entry("title", 200),
          Map.entry("positionCode", 40),
          Map.entry("decision.number", DecisionColumns.NUMBER_LENGTH),
          Map.entry("decision.signer", DecisionColumns.SIGNER_LENGTH));

  @Column(name = "title", length = 200)
  private String title;

  @Column(name = "position_code", length = 40)
  private String positionCode;

  @Column(name = "allowance_coefficient")
  private BigDecimal allowanceCoefficient;

  @Column(name = "unit_id")
  private Long unitId;

  @Enumerated(EnumType.STRING)
  @Column(name = "appointment_kind")
  private AppointmentKind kind;

  @Column(name = "effective_date")
  private LocalDate effectiveDate;

  @Column(name = "term_end")
  private LocalDate termEnd;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Embedded private DecisionColumns decision;

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getPositionCode() {
    return positionCode;
  }

  public void setPositionCode(String positionCode) {
    this.positionCode = positionCode;
  }

  public BigDecimal getAllowanceCoefficient() {
    return allowanceCoefficient;
  }

  public void setAllowanceCoefficient(BigDecimal allowanceCoefficient) {
    this.allowanceCoefficient = allowanceCoefficient;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public AppointmentKind getKind() {
    return kind;
  }

  public void setKind(AppointmentKind kind) {
    this.kind = kind;
  }

  public LocalDate getEffectiveDate() {
    return effectiveDate;
  }

  public void setEffectiveDate(LocalDate effectiveDate) {
    this.effectiveDate = effectiveDate;
  }

  public LocalDate getTermEnd() {
    return termEnd;
  }

  public void setTermEnd(LocalDate termEnd) {
    this.termEnd = termEnd;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public void setEndedOn(LocalDate endedOn) {
    this.endedOn = endedOn;
  }

  public DecisionColumns getDecision() {
    return decision;
  }

  public void setDecision(DecisionColumns decision) {
    this.decision = decision;
  }

  @Override
  public LeadershipTermRow toRow() {
    return new LeadershipTermRow(
        getId(),
        getVersion(),
        title,
        positionCode,
        allowanceCoefficient,
        unitId,
        kind,
        effectiveDate,
        termEnd,
        endedOn,
        DecisionColumns.toDecision(decision));
  }

  @Override
  public void copyFrom(LeadershipTermRow row) {
    this.title = row.title();
    this.positionCode = row.positionCode();
    this.allowanceCoefficient = row.allowanceCoefficient();
    this.unitId = row.unitId();
    this.kind = row.kind();
    this.effectiveDate = row.effectiveDate();
    this.termEnd = row.termEnd();
    this.endedOn = row.endedOn();
    this.decision = DecisionColumns.of(row.decision());
  }

  @Override
  public Map<String, Integer> maxLengths() {
    return MAX_LENGTHS;
  }
}
