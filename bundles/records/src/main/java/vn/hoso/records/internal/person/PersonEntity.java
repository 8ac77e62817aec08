package vn.hoso.records.internal.person;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.record.DatePrecision;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;
import vn.hoso.records.internal.persistence.VersionedEntity;

/**
 * A person: the résumé fields that are not history tables, and columns derived from them and from
 * the salary history.
 */
@Entity
@Table(name = "person")
public class PersonEntity extends VersionedEntity {

  /** Maximum lengths of the text fields, as the columns define them. */
  public static final Map<String, Integer> MAX_LENGTHS =
      Map.ofEntries(
          Map.entry("fullName", 200),
          Map.entry("familyName", 100),
          Map.entry("middleName", 100),
          Map.entry("givenName", 100),
          Map.entry("otherNames", 200),
          Map.entry("birthPlace", 300),
          Map.entry("homeTown", 300),
          Map.entry("ethnicityCode", 10),
          Map.entry("religionCode", 10),
          Map.entry("identityNumber", 12),
          Map.entry("identityIssuedBy", 200),
          Map.entry("civilServantNumber", 30),
          Map.entry("socialInsuranceNumber", 10),
          Map.entry("jobPosition", 200),
          Map.entry("currentPosition", 300),
          Map.entry("concurrentPositions", 500),
          Map.entry("mainDuties", 2000),
          Map.entry("permanentAddress", 300),
          Map.entry("currentAddress", 300),
          Map.entry("occupationAtRecruitment", 200),
          Map.entry("recruitmentAgency", 300),
          Map.entry("generalEducation", 20),
          Map.entry("qualificationCode", 20),
          Map.entry("qualificationField", 200),
          Map.entry("politicalTheoryCode", 20),
          Map.entry("stateManagementCode", 20),
          Map.entry("foreignLanguages", 300),
          Map.entry("itSkills", 300),
          Map.entry("highestHonoraryTitle", 200),
          Map.entry("strengths", 500),
          Map.entry("healthStatus", 100),
          Map.entry("bloodType", 3),
          Map.entry("warInvalidGrade", 50),
          Map.entry("policyFamily", 200));

  @Enumerated(EnumType.STRING)
  @Column(name = "category")
  private PersonCategory category;

  @Column(name = "full_name", length = 200)
  private String fullName;

  @Column(name = "family_name", length = 100)
  private String familyName;

  @Column(name = "middle_name", length = 100)
  private String middleName;

  @Column(name = "given_name", length = 100)
  private String givenName;

  @Column(name = "other_names", length = 200)
  private String otherNames;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "birth_date_precision", length = 5, nullable = false)
  private DatePrecision birthDatePrecision;

  @Enumerated(EnumType.STRING)
  @Column(name = "sex")
  private Sex sex;

  @Column(name = "birth_place", length = 300)
  private String birthPlace;

  @Column(name = "home_town", length = 300)
  private String homeTown;

  @Column(name = "ethnicity_code", length = 10)
  private String ethnicityCode;

  @Column(name = "religion_code", length = 10)
  private String religionCode;

  @Column(name = "identity_number", length = 12)
  private String identityNumber;

  @Column(name = "identity_issued_on")
  private LocalDate identityIssuedOn;

  @Column(name = "identity_issued_by", length = 200)
  private String identityIssuedBy;

  @Column(name = "civil_servant_number", length = 30)
  private String civilServantNumber;

  @Column(name = "social_insurance_number", length = 10)
  private String socialInsuranceNumber;

  @Column(name = "unit_id")
  private Long unitId;

  @Column(name = "job_position", length = 200)
  private String jobPosition;

  @Column(name = "current_position", length = 300)
  private String currentPosition;

  @Column(name = "concurrent_positions", length = 500)
  private String concurrentPositions;

  @Column(name = "main_duties", length = 2000)
  private String mainDuties;

  @Column(name = "permanent_address", length = 300)
  private String permanentAddress;

  @Column(name = "current_address", length = 300)
  private String currentAddress;

  @Column(name = "occupation_at_recruitment", length = 200)
  private String occupationAtRecruitment;

  @Column(name = "recruitment_date")
  private LocalDate recruitmentDate;

  @Column(name = "recruitment_agency", length = 300)
  private String recruitmentAgency;

  @Column(name = "general_education", length = 20)
  private String generalEducation;

  @Column(name = "qualification_code", length = 20)
  private String qualificationCode;

  @Column(name = "qualification_field", length = 200)
  private String qualificationField;

  @Column(name = "political_theory_code", length = 20)
  private String politicalTheoryCode;

  @Column(name = "state_management_code", length = 20)
  private String stateManagementCode;

  @Column(name = "foreign_languages", length = 300)
  private String foreignLanguages;

  @Column(name = "it_skills", length = 300)
  private String itSkills;

  @Column(name = "highest_honorary_title", length = 200)
  private String highestHonoraryTitle;

  @Column(name = "strengths", length = 500)
  private String strengths;

  @Column(name = "health_status", length = 100)
  private String healthStatus;

  @Column(name = "height_cm")
  private Integer heightCm;

  @Column(name = "weight_kg")
  private Integer weightKg;

  @Column(name = "blood_type", length = 3)
  private String bloodType;

  @Column(name = "war_invalid_grade", length = 50)
  private String warInvalidGrade;

  @Column(name = "policy_family", length = 200)
  private String policyFamily;

  @Column(name = "retirement_notice_date")
  private LocalDate retirementNoticeDate;

  /** Whether the identity number is the 9-digit number of an old identity card. */
  @Column(name = "identity_number_legacy")
  private boolean identityNumberLegacy;

  /** Copied from the latest salary history row by effective date. */
  @Column(name = "rank_code", length = 20)
  private String rankCode;

  /** Copied from the latest salary history row by effective date. */
  @Column(name = "salary_step")
  private Integer salaryStep;

  /** Copied from the latest salary history row by effective date. */
  @Column(name = "salary_coefficient")
  private BigDecimal salaryCoefficient;

  /** Vietnamese name order; see {@code VietnameseCollation}. */
  @Column(name = "sort_key")
  private byte[] sortKey;

  /** The folded full name. */
  @Column(name = "search_key", length = 200)
  private String searchKey;

  /** The exact search form of the names' words, surrounded by spaces; see {@code SearchTokens}. */
  @Column(name = "name_exact", length = 500)
  private String nameExact;

  public PersonCategory getCategory() {
    return category;
  }

  public void setCategory(PersonCategory category) {
    this.category = category;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public String getMiddleName() {
    return middleName;
  }

  public void setMiddleName(String middleName) {
    this.middleName = middleName;
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public String getOtherNames() {
    return otherNames;
  }

  public void setOtherNames(String otherNames) {
    this.otherNames = otherNames;
  }

  public PartialDate getBirthDate() {
    return birthDate == null ? null : new PartialDate(birthDate, birthDatePrecision);
  }

  public void setBirthDate(PartialDate birthDate) {
    this.birthDate = birthDate == null ? null : birthDate.value();
    this.birthDatePrecision = birthDate == null ? null : birthDate.precision();
  }

  public Sex getSex() {
    return sex;
  }

  public void setSex(Sex sex) {
    this.sex = sex;
  }

  public String getBirthPlace() {
    return birthPlace;
  }

  public void setBirthPlace(String birthPlace) {
    this.birthPlace = birthPlace;
  }

  public String getHomeTown() {
    return homeTown;
  }

  public void setHomeTown(String homeTown) {
    this.homeTown = homeTown;
  }

  public String getEthnicityCode() {
    return ethnicityCode;
  }

  public void setEthnicityCode(String ethnicityCode) {
    this.ethnicityCode = ethnicityCode;
  }

  public String getReligionCode() {
    return religionCode;
  }

  public void setReligionCode(String religionCode) {
    this.religionCode = religionCode;
  }

  public String getIdentityNumber() {
    return identityNumber;
  }

  public void setIdentityNumber(String identityNumber) {
    this.identityNumber = identityNumber;
  }

  public LocalDate getIdentityIssuedOn() {
    return identityIssuedOn;
  }

  public void setIdentityIssuedOn(LocalDate identityIssuedOn) {
    this.identityIssuedOn = identityIssuedOn;
  }

  public String getIdentityIssuedBy() {
    return identityIssuedBy;
  }

  public void setIdentityIssuedBy(String identityIssuedBy) {
    this.identityIssuedBy = identityIssuedBy;
  }

  public String getCivilServantNumber() {
    return civilServantNumber;
  }

  public void setCivilServantNumber(String civilServantNumber) {
    this.civilServantNumber = civilServantNumber;
  }

  public String getSocialInsuranceNumber() {
    return socialInsuranceNumber;
  }

  public void setSocialInsuranceNumber(String socialInsuranceNumber) {
    this.socialInsuranceNumber = socialInsuranceNumber;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public String getJobPosition() {
    return jobPosition;
  }

  public void setJobPosition(String jobPosition) {
    this.jobPosition = jobPosition;
  }

  public String getCurrentPosition() {
    return currentPosition;
  }

  public void setCurrentPosition(String currentPosition) {
    this.currentPosition = currentPosition;
  }

  public String getConcurrentPositions() {
    return concurrentPositions;
  }

  public void setConcurrentPositions(String concurrentPositions) {
    this.concurrentPositions = concurrentPositions;
  }

  public String getMainDuties() {
    return mainDuties;
  }

  public void setMainDuties(String mainDuties) {
    this.mainDuties = mainDuties;
  }

  public String getPermanentAddress() {
    return permanentAddress;
  }

  public void setPermanentAddress(String permanentAddress) {
    this.permanentAddress = permanentAddress;
  }

  public String getCurrentAddress() {
    return currentAddress;
  }

  public void setCurrentAddress(String currentAddress) {
    this.currentAddress = currentAddress;
  }

  public String getOccupationAtRecruitment() {
    return occupationAtRecruitment;
  }

  public void setOccupationAtRecruitment(String occupationAtRecruitment) {
    this.occupationAtRecruitment = occupationAtRecruitment;
  }

  public LocalDate getRecruitmentDate() {
    return recruitmentDate;
  }

  public void setRecruitmentDate(LocalDate recruitmentDate) {
    this.recruitmentDate = recruitmentDate;
  }

  public String getRecruitmentAgency() {
    return recruitmentAgency;
  }

  public void setRecruitmentAgency(String recruitmentAgency) {
    this.recruitmentAgency = recruitmentAgency;
  }

  public String getGeneralEducation() {
    return generalEducation;
  }

  public void setGeneralEducation(String generalEducation) {
    this.generalEducation = generalEducation;
  }

  public String getQualificationCode() {
    return qualificationCode;
  }

  public void setQualificationCode(String qualificationCode) {
    this.qualificationCode = qualificationCode;
  }

  public String getQualificationField() {
    return qualificationField;
  }

  public void setQualificationField(String qualificationField) {
    this.qualificationField = qualificationField;
  }

  public String getPoliticalTheoryCode() {
    return politicalTheoryCode;
  }

  public void setPoliticalTheoryCode(String politicalTheoryCode) {
    this.politicalTheoryCode = politicalTheoryCode;
  }

  public String getStateManagementCode() {
    return stateManagementCode;
  }

  public void setStateManagementCode(String stateManagementCode) {
    this.stateManagementCode = stateManagementCode;
  }

  public String getForeignLanguages() {
    return foreignLanguages;
  }

  public void setForeignLanguages(String foreignLanguages) {
    this.foreignLanguages = foreignLanguages;
  }

  public String getItSkills() {
    return itSkills;
  }

  public void setItSkills(String itSkills) {
    this.itSkills = itSkills;
  }

  public String getHighestHonoraryTitle() {
    return highestHonoraryTitle;
  }

  public void setHighestHonoraryTitle(String highestHonoraryTitle) {
    this.highestHonoraryTitle = highestHonoraryTitle;
  }

  public String getStrengths() {
    return strengths;
  }

  public void setStrengths(String strengths) {
    this.strengths = strengths;
  }

  public String getHealthStatus() {
    return healthStatus;
  }

  public void setHealthStatus(String healthStatus) {
    this.healthStatus = healthStatus;
  }

  public Integer getHeightCm() {
    return heightCm;
  }

  public void setHeightCm(Integer heightCm) {
    this.heightCm = heightCm;
  }

  public Integer getWeightKg() {
    return weightKg;
  }

  public void setWeightKg(Integer weightKg) {
    this.weightKg = weightKg;
  }

  public String getBloodType() {
    return bloodType;
  }

  public void setBloodType(String bloodType) {
    this.bloodType = bloodType;
  }

  public String getWarInvalidGrade() {
    return warInvalidGrade;
  }

  public void setWarInvalidGrade(String warInvalidGrade) {
    this.warInvalidGrade = warInvalidGrade;
  }

  public String getPolicyFamily() {
    return policyFamily;
  }

  public void setPolicyFamily(String policyFamily) {
    this.policyFamily = policyFamily;
  }

  public LocalDate getRetirementNoticeDate() {
    return retirementNoticeDate;
  }

  public void setRetirementNoticeDate(LocalDate retirementNoticeDate) {
    this.retirementNoticeDate = retirementNoticeDate;
  }

  public boolean isIdentityNumberLegacy() {
    return identityNumberLegacy;
  }

  public void setIdentityNumberLegacy(boolean identityNumberLegacy) {
    this.identityNumberLegacy = identityNumberLegacy;
  }

  public String getRankCode() {
    return rankCode;
  }

  public void setRankCode(String rankCode) {
    this.rankCode = rankCode;
  }

  public Integer getSalaryStep() {
    return salaryStep;
  }

  public void setSalaryStep(Integer salaryStep) {
    this.salaryStep = salaryStep;
  }

  public BigDecimal getSalaryCoefficient() {
    return salaryCoefficient;
  }

  public void setSalaryCoefficient(BigDecimal salaryCoefficient) {
    this.salaryCoefficient = salaryCoefficient;
  }

  public byte[] getSortKey() {
    return sortKey;
  }

  public void setSortKey(byte[] sortKey) {
    this.sortKey = sortKey;
  }

  public String getSearchKey() {
    return searchKey;
  }

  public void setSearchKey(String searchKey) {
    this.searchKey = searchKey;
  }

  public String getNameExact() {
    return nameExact;
  }

  public void setNameExact(String nameExact) {
    this.nameExact = nameExact;
  }

  /** Returns the editable fields with the current version. */
  public PersonData toData() {
    return new PersonData(
        getVersion(),
        category,
        fullName,
        familyName,
        middleName,
        givenName,
        otherNames,
        getBirthDate(),
        sex,
        birthPlace,
        homeTown,
        ethnicityCode,
        religionCode,
        identityNumber,
        identityIssuedOn,
        identityIssuedBy,
        civilServantNumber,
        socialInsuranceNumber,
        unitId,
        jobPosition,
        currentPosition,
        concurrentPositions,
        mainDuties,
        permanentAddress,
        currentAddress,
        occupationAtRecruitment,
        recruitmentDate,
        recruitmentAgency,
        generalEducation,
        qualificationCode,
        qualificationField,
        politicalTheoryCode,
        stateManagementCode,
        foreignLanguages,
        itSkills,
        highestHonoraryTitle,
        strengths,
        healthStatus,
        heightCm,
        weightKg,
        bloodType,
        warInvalidGrade,
        policyFamily,
        retirementNoticeDate);
  }

  /** Copies the editable fields except the name parts, which the caller derives or checks first. */
  public void copyFrom(PersonData data) {
    this.category = data.category();
    this.otherNames = data.otherNames();
    setBirthDate(data.birthDate());
    this.sex = data.sex();
    this.birthPlace = data.birthPlace();
    this.homeTown = data.homeTown();
    this.ethnicityCode = data.ethnicityCode();
    this.religionCode = data.religionCode();
    this.identityNumber = data.identityNumber();
    this.identityIssuedOn = data.identityIssuedOn();
    this.identityIssuedBy = data.identityIssuedBy();
    this.civilServantNumber = data.civilServantNumber();
    this.socialInsuranceNumber = data.socialInsuranceNumber();
    this.unitId = data.unitId();
    this.jobPosition = data.jobPosition();
    this.currentPosition = data.currentPosition();
    this.concurrentPositions = data.concurrentPositions();
    this.mainDuties = data.mainDuties();
    this.permanentAddress = data.permanentAddress();
    this.currentAddress = data.currentAddress();
    this.occupationAtRecruitment = data.occupationAtRecruitment();
    this.recruitmentDate = data.recruitmentDate();
    this.recruitmentAgency = data.recruitmentAgency();
    this.generalEducation = data.generalEducation();
    this.qualificationCode = data.qualificationCode();
    this.qualificationField = data.qualificationField();
    this.politicalTheoryCode = data.politicalTheoryCode();
    this.stateManagementCode = data.stateManagementCode();
    this.foreignLanguages = data.foreignLanguages();
    this.itSkills = data.itSkills();
    this.highestHonoraryTitle = data.highestHonoraryTitle();
    this.strengths = data.strengths();
    this.healthStatus = data.healthStatus();
    this.heightCm = data.heightCm();
    this.weightKg = data.weightKg();
    this.bloodType = data.bloodType();
    this.warInvalidGrade = data.warInvalidGrade();
    this.policyFamily = data.policyFamily();
    this.retirementNoticeDate = data.retirementNoticeDate();
  }
}
