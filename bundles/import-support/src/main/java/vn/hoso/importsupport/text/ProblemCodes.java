package vn.hoso.importsupport.text;

/**
 * The stable codes of the cell problems that the import adapters report, with their severity.
 * Adapters and the engine may rely on them; messages may change.
 */
public final class ProblemCodes {

  /** Error: the text is not a date in any accepted form. */
  public static final String DATE_UNREADABLE = "date.unreadable";

  /** Error: the parts form no real day, such as 31/02/1990 or the day 29/02/1900 of Excel. */
  public static final String DATE_INVALID = "date.invalid";

  /** Error: the year has two digits, so its century is unknown; never guessed. */
  public static final String DATE_TWO_DIGIT_YEAR = "date.two-digit-year";

  /** Error: the cell contains no number where one is needed. */
  public static final String NUMBER_UNREADABLE = "number.unreadable";

  /** Error: the salary step is not a whole number from 1. */
  public static final String STEP_UNREADABLE = "step.unreadable";

  /** Error: the identity number is not 9 or 12 digits. */
  public static final String IDENTITY_INVALID = "identity.invalid";

  /**
   * Error: the identity number was shown in scientific notation (1,23457E+11), so its last digits
   * are lost.
   */
  public static final String IDENTITY_PRECISION_LOST = "identity.precision-lost";

  /**
   * Warning: an identity number stored as a number lost its leading zeros (10 or 11 digits left of
   * a CCCD, 8 of a CMND), which were put back.
   */
  public static final String IDENTITY_ZERO_RESTORED = "identity.leading-zero-restored";

  /** Warning: a rank code stored as a number (1.003) was written back as a code (01.003). */
  public static final String RANK_CODE_RESTORED = "rank-code.restored";

  /** Error: the sex is neither "Nam" nor "Nữ". */
  public static final String SEX_UNREADABLE = "sex.unreadable";

  /** Error: the sex column and the Nam/Nữ column of the birth date disagree, or both are filled. */
  public static final String SEX_CONFLICT = "sex.conflict";

  /** Error: the category is not one of cán bộ, công chức, viên chức, người lao động. */
  public static final String CATEGORY_UNREADABLE = "category.unreadable";

  /** Error: the row has data but no name. */
  public static final String NAME_MISSING = "name.missing";

  /** Error: the cell contains a formula error such as #N/A or #REF!. */
  public static final String CELL_ERROR = "cell.error";

  /** Warning: the cell's text was in a legacy encoding (TCVN3 or VNI) and was converted. */
  public static final String TEXT_LEGACY_CONVERTED = "text.legacy-converted";

  private ProblemCodes() {}
}
