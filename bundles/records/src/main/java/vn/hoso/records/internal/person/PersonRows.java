package vn.hoso.records.internal.person;

import java.sql.SQLException;
import vn.hoso.api.record.PartialDate;
import vn.hoso.records.internal.demo.RowSink;
import vn.hoso.records.internal.demo.Table;

/**
 * The rows of a new person for writers that insert many people without the entity manager: the
 * {@code person} row with the values the entity manager would insert, and the word and triple rows
 * that {@link PersonSearchIndex} keeps.
 */
public final class PersonRows {

  private PersonRows() {}

  /** Adds the person's row, with this id and version, and the rows of its name words. */
  public static void add(RowSink sink, long personId, long version, PersonEntity person)
      throws SQLException {
    sink.add(Table.PERSON, personValues(personId, version, person));
    PersonSearchIndex.Rows rows = PersonSearchIndex.rows(person);
    byte[] sortKey = person.getSortKey();
    for (String word : rows.folded()) {
      sink.add(Table.PERSON_NAME_TOKEN, new Object[] {personId, word, sortKey});
    }
    for (String word : rows.exact()) {
      sink.add(Table.PERSON_NAME_EXACT_TOKEN, new Object[] {personId, word, sortKey});
    }
    for (String words : rows.triples()) {
      sink.add(Table.PERSON_NAME_TRIPLE, new Object[] {personId, words, sortKey});
    }
    for (String words : rows.exactTriples()) {
      sink.add(Table.PERSON_NAME_EXACT_TRIPLE, new Object[] {personId, words, sortKey});
    }
  }

  private static Object[] personValues(long personId, long version, PersonEntity person) {
    PartialDate birthDate = person.getBirthDate();
    return new Object[] {
      personId,
      version,
      name(person.getCategory()),
      person.getFullName(),
      person.getFamilyName(),
      person.getMiddleName(),
      person.getGivenName(),
      person.getOtherNames(),
      birthDate == null ? null : birthDate.value(),
      birthDate == null ? null : name(birthDate.precision()),
      name(person.getSex()),
      person.getBirthPlace(),
      person.getHomeTown(),
      person.getEthnicityCode(),
      person.getReligionCode(),
      person.getIdentityNumber(),
      person.isIdentityNumberLegacy(),
      person.getIdentityIssuedOn(),
      person.getIdentityIssuedBy(),
      person.getCivilServantNumber(),
      person.getSocialInsuranceNumber(),
      person.getUnitId(),
      person.getJobPosition(),
      person.getCurrentPosition(),
      person.getConcurrentPositions(),
      person.getMainDuties(),
      person.getPermanentAddress(),
      person.getCurrentAddress(),
      person.getOccupationAtRecruitment(),
      person.getRecruitmentDate(),
      person.getRecruitmentAgency(),
      person.getGeneralEducation(),
      person.getQualificationCode(),
      person.getQualificationField(),
      person.getPoliticalTheoryCode(),
      person.getStateManagementCode(),
      person.getForeignLanguages(),
      person.getItSkills(),
      person.getHighestHonoraryTitle(),
      person.getStrengths(),
      person.getHealthStatus(),
      person.getHeightCm(),
      person.getWeightKg(),
      person.getBloodType(),
      person.getWarInvalidGrade(),
      person.getPolicyFamily(),
      person.getRetirementNoticeDate(),
      person.getRankCode(),
      person.getSalaryStep(),
      person.getSalaryCoefficient(),
      person.getSortKey(),
      person.getSearchKey(),
      person.getNameExact()
    };
  }

  private static String name(Enum<?> constant) {
    return constant == null ? null : constant.name();
  }
}
