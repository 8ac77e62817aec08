package vn.hoso.api.imports;

import java.math.BigDecimal;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;

/**
 * A value an adapter can read from a staff list, with the Java type it is delivered as.
 *
 * <p>Text values are in Unicode NFC with single spaces and no leading or trailing space.
 */
public enum ImportField {
  /** Họ và tên: the whole name, with proper capitalisation when the file wrote it in capitals. */
  FULL_NAME(String.class),
  /**
   * Họ, when the file has a column of its own for it (or "Họ và tên đệm", split at the first word).
   */
  FAMILY_NAME(String.class),
  /** Tên đệm, when the file has a column of its own for it; may be empty. */
  MIDDLE_NAME(String.class),
  /** Tên, when the file has a column of its own for it. */
  GIVEN_NAME(String.class),
  /** Ngày sinh with its precision: a whole date, a month and year, or a year. */
  BIRTH_DATE(PartialDate.class),
  /** Giới tính, from its own column or from a birth date written under a "Nam" or "Nữ" column. */
  SEX(Sex.class),
  /**
   * Số định danh cá nhân (CCCD, 12 digits) or an old identity card number (CMND, 9 digits), digits
   * only.
   */
  IDENTITY_NUMBER(String.class),
  /** Số hiệu cán bộ, công chức, viên chức. */
  CIVIL_SERVANT_NUMBER(String.class),
  /**
   * The unit or sub-unit, from a column or from the section row ("II. Phòng Tổ chức cán bộ") above.
   */
  UNIT_NAME(String.class),
  /** Cán bộ, công chức, viên chức or người lao động. */
  CATEGORY(PersonCategory.class),
  /** The rank or professional title by name, for example "Chuyên viên chính". */
  RANK_NAME(String.class),
  /** Mã ngạch or the professional title code, for example "01.003" or "V.11.01.03". */
  RANK_CODE(String.class),
  /** Bậc lương, from 1. */
  SALARY_STEP(Integer.class),
  /** Hệ số lương. */
  SALARY_COEFFICIENT(BigDecimal.class),
  /** The date the current salary step took effect (ngày hưởng, thời điểm hưởng). */
  SALARY_EFFECTIVE_DATE(PartialDate.class),
  /** Chức vụ: the current leadership position, for example "Trưởng phòng". */
  POSITION(String.class),
  /** Hệ số phụ cấp chức vụ. */
  POSITION_ALLOWANCE(BigDecimal.class),
  /** Dân tộc. */
  ETHNICITY(String.class),
  /** Quê quán. */
  HOME_TOWN(String.class),
  /** Ghi chú. */
  NOTE(String.class);

  private final Class<?> valueType;

  ImportField(Class<?> valueType) {
    this.valueType = valueType;
  }

  /** The type of {@link ImportValue#value()} for this field. */
  public Class<?> valueType() {
    return valueType;
  }
}
