package vn.hoso.api.quality;

/**
 * The kinds of problems the data-quality checks find. Each kind has finer {@link
 * QualityProblem#code() codes} that name the rule which found the problem.
 */
public enum QualityCheck {
  /**
   * A field the résumé form (Mẫu 2C-BNV/2008) needs is empty. Code {@code missing-field}; the
   * problem's field names it.
   */
  MISSING_FIELD("missing-field"),
  /**
   * Dates that contradict each other across the record. Codes {@code recruitment-before-adulthood},
   * {@code salary-before-recruitment}, {@code term-before-recruitment}, {@code
   * evaluation-before-recruitment} and {@code party-before-adulthood}.
   */
  INCONSISTENT_DATES("inconsistent-dates"),
  /**
   * A salary row whose coefficient, step or salary type does not match the salary tables for its
   * rank on its effective date. Codes {@code coefficient-mismatch}, {@code step-outside-type} and
   * {@code salary-type-mismatch}. Rows that take effect before the tables' first date are not
   * checked.
   */
  COEFFICIENT_OUTSIDE_TABLE("coefficient-outside-table"),
  /**
   * The current position names a leadership post but no leadership term is open, so no term end is
   * known and no reappointment warning can be computed. Code {@code leader-without-term}.
   */
  LEADER_WITHOUT_TERM_END("leader-without-term-end"),
  /**
   * The person's unit no longer exists: it is inactive. The record service does not deactivate a
   * unit that has people, so such records come from imports and bulk loads. Code {@code
   * unit-inactive}.
   */
  NO_ACTIVE_UNIT("no-active-unit"),
  /**
   * Another person in scope has the same name (compared without diacritics), birth date and sex,
   * which usually means one person recorded twice, for example once with the old identity card and
   * once with the new one. The database already rejects a second person with the same identity
   * number. Code {@code possible-duplicate}.
   */
  POSSIBLE_DUPLICATE("possible-duplicate"),
  /**
   * The identity number is the 9-digit number of an old identity card (CMND) rather than the
   * 12-digit personal identification number. Code {@code legacy-identity-number}.
   */
  LEGACY_IDENTITY_NUMBER("legacy-identity-number");

  private final String code;

  QualityCheck(String code) {
    this.code = code;
  }

  /** Returns the check's name in the REST API, for example {@code missing-field}. */
  public String code() {
    return code;
  }
}
