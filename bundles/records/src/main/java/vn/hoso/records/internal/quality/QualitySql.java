package vn.hoso.records.internal.quality;

import java.util.ArrayList;
import java.util.List;
import vn.hoso.api.quality.QualityCheck;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.records.internal.unit.ScopeSql;

/**
 * The SQL of the data-quality checks, the same on H2 and PostgreSQL.
 *
 * <p>Each check is one SELECT over {@code person p} (joined to a history table where the check
 * needs one) that returns one row per problem with the columns of {@link #COLUMNS}. The checks are
 * combined with UNION ALL into one derived table, which the callers filter, count or page. The
 * people a query covers are chosen by a condition on {@code p}, such as {@code p.id = ?} or a unit
 * subtree, that is repeated in every check so that each one can use the indexes on {@code person}
 * and on the history tables' {@code person_id}.
 */
final class QualitySql {

  /** The columns of every check's rows, in order. */
  static final String COLUMNS =
      "person_id, full_name, unit_id, sort_key, check_rank, check_name, code, history_kind,"
          + " row_id, field, arg1, arg2, arg3, arg4, arg5";

  /**
   * Fields of the résumé form (Mẫu 2C-BNV/2008) that a record should not leave empty, with the
   * condition under which one is missing. The salary is missing when there is no salary row at all:
   * the person's copy of the latest row is then empty. Workers on labour contracts are paid by
   * their contract and need none.
   */
  private static final String[][] REQUIRED_FIELDS = {
    {"birthPlace", "p.birth_place IS NULL"},
    {"homeTown", "p.home_town IS NULL"},
    {"ethnicityCode", "p.ethnicity_code IS NULL"},
    {"religionCode", "p.religion_code IS NULL"},
    {"identityNumber", "p.identity_number IS NULL"},
    {"identityIssuedOn", "p.identity_number IS NOT NULL AND p.identity_issued_on IS NULL"},
    {"socialInsuranceNumber", "p.social_insurance_number IS NULL"},
    {"permanentAddress", "p.permanent_address IS NULL"},
    {"currentAddress", "p.current_address IS NULL"},
    {"recruitmentDate", "p.recruitment_date IS NULL"},
    {"generalEducation", "p.general_education IS NULL"},
    {"qualificationCode", "p.qualification_code IS NULL"},
    {"salary", "p.salary_step IS NULL AND p.category <> 'NGUOI_LAO_DONG'"}
  };

  /**
   * Patterns of a current position that names a leadership post. Positions are stored as typed,
   * with the first letter usually capital, so each word is matched without its first letter:
   * "rưởng" finds "Trưởng phòng" and "Vụ trưởng". The matching is case-sensitive on purpose,
   * because {@code LOWER} ignores Vietnamese letters on a PostgreSQL database with the C locale.
   */
  private static final List<String> LEADERSHIP_PATTERNS =
      List.of("%rưởng%", "%iám đốc%", "%hánh Văn phòng%", "%hánh Thanh tra%", "%ổng Biên tập%");

  /**
   * The people a query covers: a condition on {@code p} with its parameters, and the caller's
   * scope, which a possible duplicate's other person must be in as well.
   */
  record Filter(String condition, List<Object> parameters, UnitScope scope) {

    Filter {
      parameters = List.copyOf(parameters);
    }

    /** Returns the condition that the other person of a possible duplicate is in scope. */
    String otherInScope() {
      return ScopeSql.condition(scope, "o.unit_id");
    }

    /** Returns the parameters of {@link #otherInScope}. */
    List<Object> otherParameters() {
      return ScopeSql.parameters(scope);
    }
  }

  /** Returns the filter of one person. */
  static Filter person(long personId, UnitScope scope) {
    return new Filter("p.id = ?", List.of(personId), scope);
  }

  /** Returns the filter of a unit and every unit below it. */
  static Filter subtree(long unitId, UnitScope scope) {
    return new Filter(
        "p.unit_id IN (SELECT c.descendant_id FROM unit_closure c WHERE c.ancestor_id = ?)",
        List.of(unitId),
        scope);
  }

  /** Returns the filter of everyone in scope; the scope must not be empty. */
  static Filter scope(UnitScope scope) {
    return new Filter(ScopeSql.condition(scope, "p.unit_id"), ScopeSql.parameters(scope), scope);
  }

  /**
   * Returns the UNION ALL of every check over the filter's people, with its parameters appended to
   * {@code parameters} in the order of the placeholders.
   */
  static String problems(Filter filter, List<Object> parameters) {
    List<String> parts = new ArrayList<>();
    for (String[] field : REQUIRED_FIELDS) {
      parts.add(
          select(
              QualityCheck.MISSING_FIELD,
              "missing-field",
              null,
              null,
              "'" + field[0] + "'",
              List.of(),
              "person p",
              field[1],
              filter,
              parameters));
    }
    inconsistentDates(filter, parameters, parts);
    coefficients(filter, parameters, parts);

    List<String> patterns = new ArrayList<>();
    for (String pattern : LEADERSHIP_PATTERNS) {
      patterns.add("p.current_position LIKE '" + pattern + "'");
    }
    parts.add(
        select(
            QualityCheck.LEADER_WITHOUT_TERM_END,
            "leader-without-term",
            null,
            null,
            "'currentPosition'",
            List.of("p.current_position"),
            "person p",
            "("
                + String.join(" OR ", patterns)
                + ") AND NOT EXISTS (SELECT 1 FROM leadership_term t"
                + " WHERE t.person_id = p.id AND t.ended_on IS NULL)",
            filter,
            parameters));
    parts.add(
        select(
            QualityCheck.NO_ACTIVE_UNIT,
            "unit-inactive",
            null,
            null,
            "'unitId'",
            List.of("u.code", "u.name"),
            "person p JOIN unit u ON u.id = p.unit_id",
            "u.active = FALSE",
            filter,
            parameters));
    parts.add(
        select(
            QualityCheck.NO_ACTIVE_UNIT,
            "unit-missing",
            null,
            null,
            "'unitId'",
            List.of(),
            "person p",
            "p.unit_id IS NULL",
            filter,
            parameters));
    duplicates(filter, parameters, parts);
    parts.add(
        select(
            QualityCheck.LEGACY_IDENTITY_NUMBER,
            "legacy-identity-number",
            null,
            null,
            "'identityNumber'",
            List.of("p.identity_number"),
            "person p",
            "p.identity_number_legacy = TRUE",
            filter,
            parameters));
    return String.join("\nUNION ALL\n", parts);
  }

  private static void inconsistentDates(
      Filter filter, List<Object> parameters, List<String> parts) {
    parts.add(
        select(
            QualityCheck.INCONSISTENT_DATES,
            "recruitment-before-adulthood",
            null,
            null,
            "'recruitmentDate'",
            List.of("p.recruitment_date", "p.birth_date"),
            "person p",
            "p.category <> 'NGUOI_LAO_DONG' AND p.recruitment_date < p.birth_date + INTERVAL '18' YEAR",
            filter,
            parameters));
    parts.add(
        select(
            QualityCheck.INCONSISTENT_DATES,
            "salary-before-recruitment",
            "salary",
            "s.id",
            "'effectiveDate'",
            List.of("s.effective_date", "p.recruitment_date"),
            "person p JOIN salary_history s ON s.person_id = p.id",
            "s.effective_date < p.recruitment_date",
            filter,
            parameters));
    parts.add(
        select(
            QualityCheck.INCONSISTENT_DATES,
            "term-before-recruitment",
            "leadership-terms",
            "t.id",
            "'effectiveDate'",
            List.of("t.effective_date", "p.recruitment_date", "t.title"),
            "person p JOIN leadership_term t ON t.person_id = p.id",
            "t.effective_date < p.recruitment_date",
            filter,
            parameters));
    parts.add(
        select(
            QualityCheck.INCONSISTENT_DATES,
            "evaluation-before-recruitment",
            "evaluations",
            "e.id",
            "'year'",
            List.of("e.evaluation_year", "p.recruitment_date"),
            "person p JOIN evaluation e ON e.person_id = p.id",
            "e.evaluation_year < EXTRACT(YEAR FROM p.recruitment_date)",
            filter,
            parameters));
    parts.add(
        select(
            QualityCheck.INCONSISTENT_DATES,
            "party-before-adulthood",
            "memberships",
            "m.id",
            "'joinedOn'",
            List.of("m.joined_on", "p.birth_date"),
            "person p JOIN membership m ON m.person_id = p.id",
            "m.organisation = 'COMMUNIST_PARTY' AND m.joined_on < p.birth_date + INTERVAL '18' YEAR",
            filter,
            parameters));
  }

  /**
   * Adds the checks of salary rows against the salary tables. The coefficient is compared with the
   * table's row of the step in force on the effective date: the latest row of the step that starts
   * on or before it, found through the primary key of {@code ref_salary_step}. A derived table with
   * the next row's start would be shorter, but H2 2.2 evaluates it again for every salary row. Rows
   * dated before the first row of the tables find no coefficient and are not checked, as validation
   * does not check them.
   */
  private static void coefficients(Filter filter, List<Object> parameters, List<String> parts) {
    parts.add(
        select(
            QualityCheck.COEFFICIENT_OUTSIDE_TABLE,
            "coefficient-mismatch",
            "salary",
            "s.id",
            "'coefficient'",
            List.of(
                "s.effective_date",
                "s.coefficient",
                "s.step",
                "s.salary_table || ' / ' || s.salary_type",
                "r.coefficient"),
            "person p JOIN salary_history s ON s.person_id = p.id JOIN ref_salary_step r"
                + " ON r.salary_table = s.salary_table AND r.salary_type = s.salary_type"
                + " AND r.step = s.step AND r.valid_from <= s.effective_date"
                + " LEFT JOIN ref_rank k ON k.code = s.rank_code",
            "NOT EXISTS (SELECT 1 FROM ref_salary_step later WHERE later.salary_table ="
                + " r.salary_table AND later.salary_type = r.salary_type AND later.step = r.step"
                + " AND later.valid_from > r.valid_from AND later.valid_from <= s.effective_date)"
                + " AND r.coefficient <> s.coefficient"
                // A row whose type is not its rank's is reported as salary-type-mismatch only.
                + " AND (k.code IS NULL"
                + " OR (k.salary_table = s.salary_table AND k.salary_type = s.salary_type))",
            filter,
            parameters));
    parts.add(
        select(
            QualityCheck.COEFFICIENT_OUTSIDE_TABLE,
            "step-outside-type",
            "salary",
            "s.id",
            "'step'",
            List.of(
                "s.effective_date",
                "s.step",
                "s.salary_table || ' / ' || s.salary_type",
                "st.step_count"),
            "person p JOIN salary_history s ON s.person_id = p.id JOIN ref_salary_type st"
                + " ON st.salary_table = s.salary_table AND st.code = s.salary_type",
            "(s.step < 1 OR s.step > st.step_count)",
            filter,
            parameters));
    parts.add(
        select(
            QualityCheck.COEFFICIENT_OUTSIDE_TABLE,
            "salary-type-mismatch",
            "salary",
            "s.id",
            "'salaryType'",
            List.of(
                "s.effective_date",
                "s.salary_table || ' / ' || s.salary_type",
                "s.rank_code",
                "k.salary_table || ' / ' || k.salary_type"),
            "person p JOIN salary_history s ON s.person_id = p.id JOIN ref_rank k"
                + " ON k.code = s.rank_code",
            "(k.salary_table <> s.salary_table OR k.salary_type <> s.salary_type)",
            filter,
            parameters));
  }

  /**
   * Adds the possible duplicates: another person in scope with the same folded full name, birth
   * date and sex. Each person of a pair gets one problem that names the other.
   */
  private static void duplicates(Filter filter, List<Object> parameters, List<String> parts) {
    List<Object> own = new ArrayList<>();
    String part =
        select(
            QualityCheck.POSSIBLE_DUPLICATE,
            "possible-duplicate",
            null,
            null,
            "NULL",
            List.of("o.id", "o.identity_number"),
            "person p JOIN person o ON o.search_key = p.search_key AND o.birth_date = p.birth_date"
                + " AND o.sex = p.sex AND o.id <> p.id",
            filter.otherInScope(),
            filter,
            own);
    // The other person's scope condition comes before the filter's in the WHERE clause.
    parameters.addAll(filter.otherParameters());
    parameters.addAll(own);
    parts.add(part);
  }

  /**
   * Returns one check's SELECT and appends the filter's parameters.
   *
   * @param historyKind the REST name of the history table at fault, or null
   * @param rowId the expression of the row at fault, or null
   * @param field the SQL literal of the field at fault, or {@code NULL}
   * @param arguments expressions of the values the message shows, at most five
   * @param from the FROM clause, which names the person {@code p}
   * @param condition the condition that finds the problem
   */
  private static String select(
      QualityCheck check,
      String code,
      String historyKind,
      String rowId,
      String field,
      List<String> arguments,
      String from,
      String condition,
      Filter filter,
      List<Object> parameters) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT p.id AS person_id, p.full_name AS full_name, p.unit_id AS unit_id,"
                + " p.sort_key AS sort_key, ");
    sql.append(check.ordinal()).append(" AS check_rank, '").append(check.name());
    sql.append("' AS check_name, '").append(code).append("' AS code, CAST(");
    sql.append(historyKind == null ? "NULL" : "'" + historyKind + "'");
    sql.append(" AS VARCHAR(40)) AS history_kind, CAST(");
    sql.append(rowId == null ? "NULL" : rowId).append(" AS BIGINT) AS row_id, CAST(");
    sql.append(field).append(" AS VARCHAR(60)) AS field");
    for (int i = 0; i < 5; i++) {
      String argument = i < arguments.size() ? arguments.get(i) : "NULL";
      sql.append(", CAST(").append(argument).append(" AS VARCHAR(300)) AS arg").append(i + 1);
    }
    sql.append(" FROM ").append(from);
    sql.append(" WHERE ").append(condition).append(" AND ").append(filter.condition());
    parameters.addAll(filter.parameters());
    return sql.toString();
  }
}
