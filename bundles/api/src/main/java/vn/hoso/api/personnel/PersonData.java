package vn.hoso.api.personnel;

import java.time.LocalDate;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;

/**
 * The editable fields of a person: the résumé fields of Mẫu 2C-BNV/2008 that are not history
 * tables. Used as the input of a create or update, and as part of {@link PersonDetails}.
 *
 * <p>Every component may be null on input; validation reports the required ones that are missing.
 * An update replaces every field, so null clears a field. Text is stored in Unicode NFC with
 * surrounding white space removed, and blank text is stored as null.
 *
 * @param version the version the caller read, required on update and ignored on create
 * @param category the legal category; required
 * @param fullName the full birth name (họ và tên khai sinh); required
 * @param familyName họ; with {@code middleName} and {@code givenName} null, all three are derived
 *     from {@code fullName}
 * @param middleName tên đệm, possibly empty
 * @param givenName tên
 * @param otherNames tên gọi khác
 * @param birthDate ngày sinh, possibly only the month or year; required
 * @param sex giới tính; required
 * @param birthPlace nơi sinh
 * @param homeTown quê quán
 * @param ethnicityCode dân tộc, a code of the ethnic groups list
 * @param religionCode tôn giáo, a code of the religions list
 * @param identityNumber số định danh cá nhân (12 digits), or the 9-digit number of an old identity
 *     card
 * @param identityIssuedOn ngày cấp of the identity card
 * @param identityIssuedBy nơi cấp of the identity card
 * @param civilServantNumber số hiệu cán bộ, công chức
 * @param socialInsuranceNumber mã số bảo hiểm xã hội (10 digits)
 * @param unitId the unit the person works in. It is required, except that a caller with the scope
 *     of all units may leave it null for a person who has no unit.
 * @param jobPosition vị trí việc làm
 * @param currentPosition chức vụ (chức danh) hiện tại
 * @param concurrentPositions chức vụ kiêm nhiệm
 * @param mainDuties công việc chính được giao
 * @param permanentAddress nơi đăng ký hộ khẩu thường trú
 * @param currentAddress nơi ở hiện nay
 * @param occupationAtRecruitment nghề nghiệp khi được tuyển dụng
 * @param recruitmentDate ngày tuyển dụng
 * @param recruitmentAgency cơ quan tuyển dụng
 * @param generalEducation trình độ giáo dục phổ thông, for example "12/12"
 * @param qualificationCode trình độ chuyên môn cao nhất, a code of the qualification levels
 * @param qualificationField the field of that qualification
 * @param politicalTheoryCode lý luận chính trị, a code of its levels
 * @param stateManagementCode quản lý nhà nước, a code of its levels
 * @param foreignLanguages ngoại ngữ
 * @param itSkills tin học
 * @param highestHonoraryTitle danh hiệu được phong tặng cao nhất
 * @param strengths sở trường công tác
 * @param healthStatus tình trạng sức khỏe
 * @param heightCm chiều cao in centimetres
 * @param weightKg cân nặng in kilograms
 * @param bloodType nhóm máu: A, B, AB or O, optionally followed by + or -
 * @param warInvalidGrade thương binh hạng
 * @param policyFamily con gia đình chính sách
 * @param retirementNoticeDate when the written retirement notice was given
 */
public record PersonData(
    Long version,
    PersonCategory category,
    String fullName,
    String familyName,
    String middleName,
    String givenName,
    String otherNames,
    PartialDate birthDate,
    Sex sex,
    String birthPlace,
    String homeTown,
    String ethnicityCode,
    String religionCode,
    String identityNumber,
    LocalDate identityIssuedOn,
    String identityIssuedBy,
    String civilServantNumber,
    String socialInsuranceNumber,
    Long unitId,
    String jobPosition,
    String currentPosition,
    String concurrentPositions,
    String mainDuties,
    String permanentAddress,
    String currentAddress,
    String occupationAtRecruitment,
    LocalDate recruitmentDate,
    String recruitmentAgency,
    String generalEducation,
    String qualificationCode,
    String qualificationField,
    String politicalTheoryCode,
    String stateManagementCode,
    String foreignLanguages,
    String itSkills,
    String highestHonoraryTitle,
    String strengths,
    String healthStatus,
    Integer heightCm,
    Integer weightKg,
    String bloodType,
    String warInvalidGrade,
    String policyFamily,
    LocalDate retirementNoticeDate) {

  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    return Builder.copyOf(this);
  }

  /** Builds a {@link PersonData}; fields not set stay null. */
  public static final class Builder {
    private Long version;
    private PersonCategory category;
    private String fullName;
    private String familyName;
    private String middleName;
    private String givenName;
    private String otherNames;
    private PartialDate birthDate;
    private Sex sex;
    private String birthPlace;
    private String homeTown;
    private String ethnicityCode;
    private String religionCode;
    private String identityNumber;
    private LocalDate identityIssuedOn;
    private String identityIssuedBy;
    private String civilServantNumber;
    private String socialInsuranceNumber;
    private Long unitId;
    private String jobPosition;
    private String currentPosition;
    private String concurrentPositions;
    private String mainDuties;
    private String permanentAddress;
    private String currentAddress;
    private String occupationAtRecruitment;
    private LocalDate recruitmentDate;
    private String recruitmentAgency;
    private String generalEducation;
    private String qualificationCode;
    private String qualificationField;
    private String politicalTheoryCode;
    private String stateManagementCode;
    private String foreignLanguages;
    private String itSkills;
    private String highestHonoraryTitle;
    private String strengths;
    private String healthStatus;
    private Integer heightCm;
    private Integer weightKg;
    private String bloodType;
    private String warInvalidGrade;
    private String policyFamily;
    private LocalDate retirementNoticeDate;

    private Builder() {}

    private static Builder copyOf(PersonData data) {
      Builder builder = new Builder();
      builder.version = data.version;
      builder.category = data.category;
      builder.fullName = data.fullName;
      builder.familyName = data.familyName;
      builder.middleName = data.middleName;
      builder.givenName = data.givenName;
      builder.otherNames = data.otherNames;
      builder.birthDate = data.birthDate;
      builder.sex = data.sex;
      builder.birthPlace = data.birthPlace;
      builder.homeTown = data.homeTown;
      builder.ethnicityCode = data.ethnicityCode;
      builder.religionCode = data.religionCode;
      builder.identityNumber = data.identityNumber;
      builder.identityIssuedOn = data.identityIssuedOn;
      builder.identityIssuedBy = data.identityIssuedBy;
      builder.civilServantNumber = data.civilServantNumber;
      builder.socialInsuranceNumber = data.socialInsuranceNumber;
      builder.unitId = data.unitId;
      builder.jobPosition = data.jobPosition;
      builder.currentPosition = data.currentPosition;
      builder.concurrentPositions = data.concurrentPositions;
      builder.mainDuties = data.mainDuties;
      builder.permanentAddress = data.permanentAddress;
      builder.currentAddress = data.currentAddress;
      builder.occupationAtRecruitment = data.occupationAtRecruitment;
      builder.recruitmentDate = data.recruitmentDate;
      builder.recruitmentAgency = data.recruitmentAgency;
      builder.generalEducation = data.generalEducation;
      builder.qualificationCode = data.qualificationCode;
      builder.qualificationField = data.qualificationField;
      builder.politicalTheoryCode = data.politicalTheoryCode;
      builder.stateManagementCode = data.stateManagementCode;
      builder.foreignLanguages = data.foreignLanguages;
      builder.itSkills = data.itSkills;
      builder.highestHonoraryTitle = data.highestHonoraryTitle;
      builder.strengths = data.strengths;
      builder.healthStatus = data.healthStatus;
      builder.heightCm = data.heightCm;
      builder.weightKg = data.weightKg;
      builder.bloodType = data.bloodType;
      builder.warInvalidGrade = data.warInvalidGrade;
      builder.policyFamily = data.policyFamily;
      builder.retirementNoticeDate = data.retirementNoticeDate;
      return builder;
    }

    public Builder version(Long version) {
      this.version = version;
      return this;
    }

    public Builder category(PersonCategory category) {
      this.category = category;
      return this;
    }

    public Builder fullName(String fullName) {
      this.fullName = fullName;
      return this;
    }

    public Builder familyName(String familyName) {
      this.familyName = familyName;
      return this;
    }

    public Builder middleName(String middleName) {
      this.middleName = middleName;
      return this;
    }

    public Builder givenName(String givenName) {
      this.givenName = givenName;
      return this;
    }

    public Builder otherNames(String otherNames) {
      this.otherNames = otherNames;
      return this;
    }

    public Builder birthDate(PartialDate birthDate) {
      this.birthDate = birthDate;
      return this;
    }

    public Builder sex(Sex sex) {
      this.sex = sex;
      return this;
    }

    public Builder birthPlace(String birthPlace) {
      this.birthPlace = birthPlace;
      return this;
    }

    public Builder homeTown(String homeTown) {
      this.homeTown = homeTown;
      return this;
    }

    public Builder ethnicityCode(String ethnicityCode) {
      this.ethnicityCode = ethnicityCode;
      return this;
    }

    public Builder religionCode(String religionCode) {
      this.religionCode = religionCode;
      return this;
    }

    public Builder identityNumber(String identityNumber) {
      this.identityNumber = identityNumber;
      return this;
    }

    public Builder identityIssuedOn(LocalDate identityIssuedOn) {
      this.identityIssuedOn = identityIssuedOn;
      return this;
    }

    public Builder identityIssuedBy(String identityIssuedBy) {
      this.identityIssuedBy = identityIssuedBy;
      return this;
    }

    public Builder civilServantNumber(String civilServantNumber) {
      this.civilServantNumber = civilServantNumber;
      return this;
    }

    public Builder socialInsuranceNumber(String socialInsuranceNumber) {
      this.socialInsuranceNumber = socialInsuranceNumber;
      return this;
    }

    public Builder unitId(Long unitId) {
      this.unitId = unitId;
      return this;
    }

    public Builder jobPosition(String jobPosition) {
      this.jobPosition = jobPosition;
      return this;
    }

    public Builder currentPosition(String currentPosition) {
      this.currentPosition = currentPosition;
      return this;
    }

    public Builder concurrentPositions(String concurrentPositions) {
      this.concurrentPositions = concurrentPositions;
      return this;
    }

    public Builder mainDuties(String mainDuties) {
      this.mainDuties = mainDuties;
      return this;
    }

    public Builder permanentAddress(String permanentAddress) {
      this.permanentAddress = permanentAddress;
      return this;
    }

    public Builder currentAddress(String currentAddress) {
      this.currentAddress = currentAddress;
      return this;
    }

    public Builder occupationAtRecruitment(String occupationAtRecruitment) {
      this.occupationAtRecruitment = occupationAtRecruitment;
      return this;
    }

    public Builder recruitmentDate(LocalDate recruitmentDate) {
      this.recruitmentDate = recruitmentDate;
      return this;
    }

    public Builder recruitmentAgency(String recruitmentAgency) {
      this.recruitmentAgency = recruitmentAgency;
      return this;
    }

    public Builder generalEducation(String generalEducation) {
      this.generalEducation = generalEducation;
      return this;
    }

    public Builder qualificationCode(String qualificationCode) {
      this.qualificationCode = qualificationCode;
      return this;
    }

    public Builder qualificationField(String qualificationField) {
      this.qualificationField = qualificationField;
      return this;
    }

    public Builder politicalTheoryCode(String politicalTheoryCode) {
      this.politicalTheoryCode = politicalTheoryCode;
      return this;
    }

    public Builder stateManagementCode(String stateManagementCode) {
      this.stateManagementCode = stateManagementCode;
      return this;
    }

    public Builder foreignLanguages(String foreignLanguages) {
      this.foreignLanguages = foreignLanguages;
      return this;
    }

    public Builder itSkills(String itSkills) {
      this.itSkills = itSkills;
      return this;
    }

    public Builder highestHonoraryTitle(String highestHonoraryTitle) {
      this.highestHonoraryTitle = highestHonoraryTitle;
      return this;
    }

    public Builder strengths(String strengths) {
      this.strengths = strengths;
      return this;
    }

    public Builder healthStatus(String healthStatus) {
      this.healthStatus = healthStatus;
      return this;
    }

    public Builder heightCm(Integer heightCm) {
      this.heightCm = heightCm;
      return this;
    }

    public Builder weightKg(Integer weightKg) {
      this.weightKg = weightKg;
      return this;
    }

    public Builder bloodType(String bloodType) {
      this.bloodType = bloodType;
      return this;
    }

    public Builder warInvalidGrade(String warInvalidGrade) {
      this.warInvalidGrade = warInvalidGrade;
      return this;
    }

    public Builder policyFamily(String policyFamily) {
      this.policyFamily = policyFamily;
      return this;
    }

    public Builder retirementNoticeDate(LocalDate retirementNoticeDate) {
      this.retirementNoticeDate = retirementNoticeDate;
      return this;
    }

    public PersonData build() {
      return new PersonData(
          version,
          category,
          fullName,
          familyName,
          middleName,
          givenName,
          otherNames,
          birthDate,
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
  }
}
