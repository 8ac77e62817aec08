package vn.hoso.records.internal.person;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.regex.Pattern;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonName;
import vn.hoso.records.internal.audit.AuditValues;
import vn.hoso.records.internal.persistence.ChangeSession;
import vn.hoso.records.internal.reference.CodeListEntry;
import vn.hoso.records.internal.reference.EthnicityEntity;
import vn.hoso.records.internal.reference.PoliticalTheoryEntity;
import vn.hoso.records.internal.reference.QualificationLevelEntity;
import vn.hoso.records.internal.reference.ReligionEntity;
import vn.hoso.records.internal.reference.StateManagementEntity;
import vn.hoso.records.internal.text.PersonNames;
import vn.hoso.records.internal.unit.UnitEntity;
import vn.hoso.records.internal.validation.IdentityNumbers;
import vn.hoso.records.internal.validation.Problems;

/** Validation of a person's fields. */
final class PersonValidator {

  /** Youngest plausible age on the day of entry; the Labour Code sets 15 as the working age. */
  static final int MIN_AGE = 15;

  static final int MAX_AGE = 100;

  private static final Pattern SOCIAL_INSURANCE_NUMBER = Pattern.compile("\\d{10}");
  private static final Pattern BLOOD_TYPE = Pattern.compile("(A|B|AB|O)[+-]?");

  private PersonValidator() {}

  /**
   * Derives or checks the name parts. When no part is given, all three come from the full name;
   * otherwise the given parts, joined by spaces, must spell the full name.
   */
  static PersonName names(PersonData data, Problems problems) {
    String fullName = data.fullName();
    if (!problems.required("fullName", fullName)) {
      return null;
    }
    if (data.familyName() == null && data.middleName() == null && data.givenName() == null) {
      return PersonNames.derive(fullName);
    }
    String family = orEmpty(data.familyName());
    String middle = orEmpty(data.middleName());
    String given = orEmpty(data.givenName());
    if (given.isEmpty()) {
      problems.add("givenName", "required");
      return null;
    }
    String joined = PersonNames.join(family, middle, given);
    if (!joined.equals(fullName)) {
      problems.add("fullName", "name-parts-mismatch", fullName, joined);
      return null;
    }
    return new PersonName(fullName, family, middle, given);
  }

  /**
   * Checks every field and adds each problem found.
   *
   * @param existing the stored person on update, null on create
   */
  static void validate(
      ChangeSession session,
      PersonLookups lookups,
      Problems problems,
      PersonData data,
      PersonEntity existing) {
    LocalDate today = session.today();
    problems.required("category", data.category());
    problems.required("sex", data.sex());

    LocalDate birth = null;
    if (problems.required("birthDate", data.birthDate())) {
      birth = data.birthDate().value();
      checkBirthDate(problems, data, today);
    }

    checkUnit(session, lookups, problems, data, existing);
    checkIdentity(lookups, problems, data, existing);
    if (problems.pastDate("identityIssuedOn", data.identityIssuedOn(), today)) {
      problems.notBeforeBirth("identityIssuedOn", data.identityIssuedOn(), birth);
    }
    if (data.socialInsuranceNumber() != null
        && !SOCIAL_INSURANCE_NUMBER.matcher(data.socialInsuranceNumber()).matches()) {
      problems.add(
          "socialInsuranceNumber", "social-insurance-number-invalid", data.socialInsuranceNumber());
    }

    checkCode(session, problems, "ethnicityCode", data.ethnicityCode(), EthnicityEntity.class);
    checkCode(session, problems, "religionCode", data.religionCode(), ReligionEntity.class);
    checkCode(
        session,
        problems,
        "qualificationCode",
        data.qualificationCode(),
        QualificationLevelEntity.class);
    checkCode(
        session,
        problems,
        "politicalTheoryCode",
        data.politicalTheoryCode(),
        PoliticalTheoryEntity.class);
    checkCode(
        session,
        problems,
        "stateManagementCode",
        data.stateManagementCode(),
        StateManagementEntity.class);

    if (problems.plausibleDate("recruitmentDate", data.recruitmentDate())) {
      problems.notBeforeBirth("recruitmentDate", data.recruitmentDate(), birth);
    }
    if (problems.plausibleDate("retirementNoticeDate", data.retirementNoticeDate())) {
      problems.notBeforeBirth("retirementNoticeDate", data.retirementNoticeDate(), birth);
    }
    problems.range("heightCm", data.heightCm(), 50, 250);
    problems.range("weightKg", data.weightKg(), 20, 300);
    if (data.bloodType() != null && !BLOOD_TYPE.matcher(data.bloodType()).matches()) {
      problems.add("bloodType", "invalid-value", data.bloodType(), "A, B, AB, O (+/-)");
    }
    problems.maxLengths(PersonEntity.MAX_LENGTHS, AuditValues.of(data));
  }

  private static void checkBirthDate(Problems problems, PersonData data, LocalDate today) {
    LocalDate birth = data.birthDate().value();
    if (birth.isAfter(today)) {
      problems.add("birthDate", "birth-date-future", data.birthDate().toIsoString());
      return;
    }
    int age = Period.between(birth, today).getYears();
    if (age < MIN_AGE || age > MAX_AGE) {
      problems.add("birthDate", "birth-date-implausible", data.birthDate().toIsoString(), age);
    }
  }

  /**
   * Checks the unit. Only a caller with the scope of all units may leave it out, because a person
   * without a unit is outside every other scope.
   */
  private static void checkUnit(
      ChangeSession session,
      PersonLookups lookups,
      Problems problems,
      PersonData data,
      PersonEntity existing) {
    if (data.unitId() == null) {
      if (!session.scope().allUnits()) {
        problems.required("unitId", null);
      }
      return;
    }
    UnitEntity unit = lookups.unit(data.unitId());
    if (unit == null) {
      problems.add("unitId", "unit-not-found", data.unitId());
      return;
    }
    boolean unitChanged = existing == null || !data.unitId().equals(existing.getUnitId());
    if (unitChanged && !unit.isActive()) {
      problems.add("unitId", "unit-inactive", unit.getCode());
    }
  }

  private static void checkIdentity(
      PersonLookups lookups, Problems problems, PersonData data, PersonEntity existing) {
    String number = data.identityNumber();
    if (number == null) {
      return;
    }
    // A rejected birth date would only repeat itself as a mismatch of the number's year digits.
    PartialDate birthDate = problems.has("birthDate") ? null : data.birthDate();
    IdentityNumbers.check(problems, "identityNumber", number, data.sex(), birthDate);
    if (problems.has("identityNumber")) {
      return;
    }
    List<Long> holders = lookups.identityNumberHolders(number);
    boolean taken =
        holders.stream().anyMatch(id -> existing == null || !id.equals(existing.getId()));
    if (taken) {
      problems.add("identityNumber", "identity-number-duplicate", number);
    }
  }

  private static void checkCode(
      ChangeSession session,
      Problems problems,
      String field,
      String code,
      Class<? extends CodeListEntry> list) {
    if (code != null && !session.reference().contains(list, code)) {
      problems.add(field, "unknown-code", code);
    }
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
