package vn.hoso.records.internal.history;

import java.time.LocalDate;
import java.util.Map;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;
import vn.hoso.api.personnel.history.MembershipRow;
import vn.hoso.api.personnel.history.Organisation;

/** Membership row of the party or a socio-political organisation. */
@Entity
@Table(name = "membership")
public class MembershipEntity extends HistoryEntity<MembershipRow> {

  /** Maximum lengths of the text fields, by field path, as the columns define them. */
  static final Map<String, Integer> MAX_LENGTHS =
      Map.ofEntries(
          Map.entry("organisationName", 200),
          Map.entry("position", 200),
          Map.entry("decision.number", DecisionColumns.NUMBER_LENGTH),
          Map.entry("decision.signer", DecisionColumns.SIGNER_LENGTH));

  @Enumerated(EnumType.STRING)
  @Column(name = "organisation")
  private Organisation organisation;

  @Column(name = "organisation_name", length = 200)
  private String organisationName;

  @Column(name = "joined_on")
  private LocalDate joinedOn;

  @Column(name = "official_on")
  private LocalDate officialOn;

  @Column(name = "left_on")
  private LocalDate leftOn;

  @Column(name = "position", length = 200)
  private String position;

  @Embedded private DecisionColumns decision;

  public Organisation getOrganisation() {
    return organisation;
  }

  public void setOrganisation(Organisation organisation) {
    this.organisation = organisation;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public void setOrganisationName(String organisationName) {
    this.organisationName = organisationName;
  }

  public LocalDate getJoinedOn() {
    return joinedOn;
  }

  public void setJoinedOn(LocalDate joinedOn) {
    this.joinedOn = joinedOn;
  }

  public LocalDate getOfficialOn() {
    return officialOn;
  }

  public void setOfficialOn(LocalDate officialOn) {
    this.officialOn = officialOn;
  }

  public LocalDate getLeftOn() {
    return leftOn;
  }

  public void setLeftOn(LocalDate leftOn) {
    this.leftOn = leftOn;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }

  public DecisionColumns getDecision() {
    return decision;
  }

  public void setDecision(DecisionColumns decision) {
    this.decision = decision;
  }

  @Override
  public MembershipRow toRow() {
    return new MembershipRow(
        getId(),
        getVersion(),
        organisation,
        organisationName,
        joinedOn,
        officialOn,
        leftOn,
        position,
        DecisionColumns.toDecision(decision));
  }

  @Override
  public void copyFrom(MembershipRow row) {
    this.organisation = row.organisation();
    this.organisationName = row.organisationName();
    this.joinedOn = row.joinedOn();
    this.officialOn = row.officialOn();
    this.leftOn = row.leftOn();
    this.position = row.position();
    this.decision = DecisionColumns.of(row.decision());
  }

  @Override
  public Map<String, Integer> maxLengths() {
    return MAX_LENGTHS;
  }
}
