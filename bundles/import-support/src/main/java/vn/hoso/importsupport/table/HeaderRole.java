package vn.hoso.importsupport.table;

import vn.hoso.api.imports.ImportField;

/** The content of a column of a staff list, as named by its header. */
public enum HeaderRole {
  SEQUENCE(null),
  FULL_NAME(ImportField.FULL_NAME),
  FAMILY_NAME(ImportField.FAMILY_NAME),
  MIDDLE_NAME(ImportField.MIDDLE_NAME),
  GIVEN_NAME(ImportField.GIVEN_NAME),
  /** "Họ và tên đệm": the family name and the middle names in one column. */
  FAMILY_AND_MIDDLE_NAME(ImportField.FAMILY_NAME),
  BIRTH_DATE(ImportField.BIRTH_DATE),
  /** A birth date under a "Nam" sub-column: the person is a man. */
  BIRTH_DATE_MALE(ImportField.BIRTH_DATE),
  /** A birth date under a "Nữ" sub-column: the person is a woman. */
  BIRTH_DATE_FEMALE(ImportField.BIRTH_DATE),
  SEX(ImportField.SEX),
  /** A "Nam" column ticked with an x, or holding the birth date of men. */
  MALE_MARK(ImportField.SEX),
  /** A "Nữ" column ticked with an x, or holding the birth date of women. */
  FEMALE_MARK(ImportField.SEX),
  IDENTITY_NUMBER(ImportField.IDENTITY_NUMBER),
  CIVIL_SERVANT_NUMBER(ImportField.CIVIL_SERVANT_NUMBER),
  UNIT_NAME(ImportField.UNIT_NAME),
  CATEGORY(ImportField.CATEGORY),
  RANK_NAME(ImportField.RANK_NAME),
  RANK_CODE(ImportField.RANK_CODE),
  SALARY_STEP(ImportField.SALARY_STEP),
  SALARY_COEFFICIENT(ImportField.SALARY_COEFFICIENT),
  SALARY_EFFECTIVE_DATE(ImportField.SALARY_EFFECTIVE_DATE),
  POSITION(ImportField.POSITION),
  POSITION_ALLOWANCE(ImportField.POSITION_ALLOWANCE),
  ETHNICITY(ImportField.ETHNICITY),
  HOME_TOWN(ImportField.HOME_TOWN),
  NOTE(ImportField.NOTE);

  private final ImportField field;

  HeaderRole(ImportField field) {
    this.field = field;
  }

  /** The field this column is read into, or null for the sequence number column. */
  public ImportField field() {
    return field;
  }

  /** Whether this column names the person, which every staff list has. */
  public boolean isName() {
    return this == FULL_NAME || this == GIVEN_NAME || this == FAMILY_AND_MIDDLE_NAME;
  }
}
