package vn.hoso.records.internal.demo;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables the demo writer fills, in an order that inserts every referenced row first, with the
 * columns it writes and their JDBC types. The columns are those of the records migrations V4 to V7,
 * V10 and V13.
 */
public enum Table {
  UNIT("unit", "id:L version:L code:S name:S kind_code:S parent_id:L active:B"),
  UNIT_CLOSURE("unit_closure", "ancestor_id:L descendant_id:L depth:I"),
  PERSON(
      "person",
      "id:L version:L category:S full_name:S family_name:S middle_name:S given_name:S"
          + " other_names:S birth_date:D birth_date_precision:S sex:S birth_place:S home_town:S"
          + " ethnicity_code:S religion_code:S identity_number:S identity_number_legacy:B"
          + " identity_issued_on:D identity_issued_by:S civil_servant_number:S"
          + " social_insurance_number:S unit_id:L job_position:S current_position:S"
          + " concurrent_positions:S main_duties:S permanent_address:S current_address:S"
          + " occupation_at_recruitment:S recruitment_date:D recruitment_agency:S"
          + " general_education:S qualification_code:S qualification_field:S"
          + " political_theory_code:S state_management_code:S foreign_languages:S it_skills:S"
          + " highest_honorary_title:S strengths:S health_status:S height_cm:I weight_kg:I"
          + " blood_type:S war_invalid_grade:S policy_family:S retirement_notice_date:D"
          + " rank_code:S salary_step:I salary_coefficient:N sort_key:X search_key:S"
          + " name_exact:S"),
  PERSON_NAME_TOKEN("person_name_token", "person_id:L token:S sort_key:X"),
  PERSON_NAME_EXACT_TOKEN("person_name_exact_token", "person_id:L token:S sort_key:X"),
  PERSON_NAME_TRIPLE("person_name_triple", "person_id:L words:S sort_key:X"),
  PERSON_NAME_EXACT_TRIPLE("person_name_exact_triple", "person_id:L words:S sort_key:X"),
  SALARY_HISTORY(
      "salary_history",
      "id:L version:L person_id:L salary_table:S salary_type:S rank_code:S step:I"
          + " coefficient:N effective_date:D counted_from:D seniority_allowance_percent:N"
          + " decision_number:S decision_date:D decision_signer:S note:S"),
  LEADERSHIP_TERM(
      "leadership_term",
      "id:L version:L person_id:L title:S position_code:S allowance_coefficient:N unit_id:L"
          + " appointment_kind:S effective_date:D term_end:D ended_on:D decision_number:S"
          + " decision_date:D decision_signer:S"),
  WORK_HISTORY(
      "work_history",
      "id:L version:L person_id:L from_date:D to_date:D title:S unit_name:S unit_id:L"
          + " decision_number:S decision_date:D decision_signer:S"),
  TRAINING(
      "training",
      "id:L version:L person_id:L training_type:S from_date:D to_date:D school:S field:S"
          + " mode:S qualification_code:S degree:S decision_number:S decision_date:D"
          + " decision_signer:S"),
  AWARD(
      "award",
      "id:L version:L person_id:L form:S awarded_on:D award_year:I reason:S decision_number:S"
          + " decision_date:D decision_signer:S"),
  DISCIPLINE(
      "discipline",
      "id:L version:L person_id:L form:S effective_date:D end_date:D reason:S"
          + " decision_number:S decision_date:D decision_signer:S"),
  EVALUATION(
      "evaluation",
      "id:L version:L person_id:L evaluation_year:I rating:S score:I decision_number:S"
          + " decision_date:D decision_signer:S"),
  NON_COUNTED_PERIOD(
      "non_counted_period",
      "id:L version:L person_id:L kind:S from_date:D to_date:D working_days:I"
          + " decision_number:S decision_date:D decision_signer:S"),
  FAMILY_RELATION(
      "family_relation",
      "id:L version:L person_id:L side:S relation:S full_name:S birth_year:I home_town:S"
          + " occupation:S workplace:S residence:S note:S"),
  MEMBERSHIP(
      "membership",
      "id:L version:L person_id:L organisation:S organisation_name:S joined_on:D"
          + " official_on:D left_on:D position:S decision_number:S decision_date:D"
          + " decision_signer:S"),
  MILITARY_SERVICE(
      "military_service",
      "id:L version:L person_id:L enlisted_on:D discharged_on:D branch:S highest_rank:S"
          + " decision_number:S decision_date:D decision_signer:S"),
  LABOUR_CONTRACT(
      "labour_contract",
      "id:L version:L person_id:L contract_number:S contract_type:S start_date:D end_date:D"
          + " terminated_on:D job_title:S decision_number:S decision_date:D decision_signer:S"),
  RETIREMENT_ADJUSTMENT(
      "retirement_adjustment",
      "id:L version:L person_id:L kind:S months:I legal_basis:S decision_number:S"
          + " decision_date:D decision_signer:S"),
  AUDIT_LOG(
      "audit_log",
      "id:L change_id:S changed_at:T actor:S person_id:L unit_id:L table_name:S row_id:L"
          + " row_version:L operation:S field:S old_value:S new_value:S reason:S");

  private final String tableName;
  private final List<String> columns;
  private final int[] types;

  Table(String tableName, String columnsAndTypes) {
    this.tableName = tableName;
    List<String> names = new ArrayList<>();
    String[] specs = columnsAndTypes.trim().split("\\s+");
    this.types = new int[specs.length];
    for (int i = 0; i < specs.length; i++) {
      String[] nameAndType = specs[i].split(":");
      names.add(nameAndType[0]);
      types[i] =
          switch (nameAndType[1]) {
            case "L" -> Types.BIGINT;
            case "I" -> Types.INTEGER;
            case "S" -> Types.VARCHAR;
            case "B" -> Types.BOOLEAN;
            case "D" -> Types.DATE;
            case "N" -> Types.DECIMAL;
            case "X" -> Types.VARBINARY;
            case "T" -> Types.TIMESTAMP_WITH_TIMEZONE;
            default -> throw new IllegalArgumentException("Unknown column type in " + specs[i]);
          };
    }
    this.columns = List.copyOf(names);
  }

  /** Returns the table's name in the database. */
  public String tableName() {
    return tableName;
  }

  /** Returns the columns in the order of the values of each row. */
  public List<String> columns() {
    return columns;
  }

  /** Returns the {@link Types} constant of a column, by its position. */
  public int type(int column) {
    return types[column];
  }
}
