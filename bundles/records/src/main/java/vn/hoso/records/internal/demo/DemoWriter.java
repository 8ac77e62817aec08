package vn.hoso.records.internal.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.history.AwardRow;
import vn.hoso.api.personnel.history.DisciplineRow;
import vn.hoso.api.personnel.history.EvaluationRow;
import vn.hoso.api.personnel.history.FamilyRelationRow;
import vn.hoso.api.personnel.history.LabourContractRow;
import vn.hoso.api.personnel.history.LeadershipTermRow;
import vn.hoso.api.personnel.history.MembershipRow;
import vn.hoso.api.personnel.history.MilitaryServiceRow;
import vn.hoso.api.personnel.history.NonCountedPeriodRow;
import vn.hoso.api.personnel.history.RetirementAdjustmentRow;
import vn.hoso.api.personnel.history.SalaryRow;
import vn.hoso.api.personnel.history.TrainingRow;
import vn.hoso.api.personnel.history.WorkHistoryRow;
import vn.hoso.api.record.LegalDecision;
import vn.hoso.api.record.PersonName;
import vn.hoso.records.internal.text.NameKeys;
import vn.hoso.records.internal.text.PersonNames;
import vn.hoso.records.internal.text.Texts;
import vn.hoso.records.internal.validation.IdentityNumbers;

/**
 * Writes generated units and people as table rows, without the record service and its per-row
 * validation: identifiers come from the same sequences in blocks, the columns derived from the
 * names and the latest salary row are computed as the record service computes them, and every row
 * gets one audit entry.
 *
 * <p>The audit entries differ from those of the record service, which writes one per field: each
 * inserted row gets one entry with field {@value #AUDIT_FIELD}, actor {@link #actor()} and the
 * reason given to the writer, which distinguishes the demo rows from real changes.
 *
 * <p>Not thread-safe; one writer per connection.
 */
public final class DemoWriter {

  /** The audit field of an entry that records a whole inserted row. */
  public static final String AUDIT_FIELD = "*";

  /** Sequence values fetched per round trip. */
  private static final int VALUES_PER_QUERY = 200;

  private final RowSink sink;
  private final IdBlocks recordIds;
  private final IdBlocks auditIds;
  private final String actor;
  private final String reason;
  private final OffsetDateTime changedAt;
  private final boolean audit;
  private final Map<String, Long> unitIds = new HashMap<>();
  private long historyRows;
  private long auditEntries;
  private int people;

  /**
   * @param connection the connection the sequences are read through; the sink writes the rows
   * @param postgres whether the database is PostgreSQL rather than H2
   * @param actor the audit entries' actor
   * @param reason the audit entries' reason
   * @param changedAt the audit entries' time
   * @param audit whether to write audit entries at all
   */
  public DemoWriter(
      Connection connection,
      RowSink sink,
      boolean postgres,
      String actor,
      String reason,
      OffsetDateTime changedAt,
      boolean audit) {
    this.sink = sink;
    this.recordIds = new IdBlocks(connection, "record_id_seq", postgres, VALUES_PER_QUERY);
    this.auditIds = new IdBlocks(connection, "audit_log_id_seq", postgres, VALUES_PER_QUERY);
    this.actor = actor;
    this.reason = reason;
    this.changedAt = changedAt;
    this.audit = audit;
  }

  public String actor() {
    return actor;
  }

  /**
   * Writes the units with their closure rows. Each unit must come after the unit it belongs to.
   *
   * @return the identifiers given to the units, by code
   */
  public Map<String, Long> writeUnits(List<GeneratedUnit> units) throws SQLException {
    Map<Long, Long> parents = new HashMap<>();
    String changeId = UUID.randomUUID().toString();
    for (GeneratedUnit unit : units) {
      long id = recordIds.next();
      Long parentId = unit.parentCode() == null ? null : unitIds.get(unit.parentCode());
      if (unit.parentCode() != null && parentId == null) {
        throw new IllegalArgumentException(
            "Unit "
                + unit.code()
                + " is listed before its parent "
                + unit.parentCode()
                + "; list every unit after its parent");
      }
      unitIds.put(unit.code(), id);
      parents.put(id, parentId);
      sink.add(
          Table.UNIT,
          new Object[] {
            id, 1L, unit.code(), unit.name(), unit.kindCode(), parentId, unit.active()
          });
      int depth = 0;
      for (Long ancestor = id; ancestor != null; ancestor = parents.get(ancestor)) {
        sink.add(Table.UNIT_CLOSURE, new Object[] {ancestor, id, depth++});
      }
      audit(changeId, null, id, "unit", id);
    }
    sink.flush();
    return Map.copyOf(unitIds);
  }

  /** Writes one person and every history row; rows reach the database on the sink's flush. */
  public long writePerson(GeneratedPerson person) throws SQLException {
    Long unitId = unitIds.get(person.unitCode());
    if (unitId == null) {
      throw new IllegalArgumentException(
          "Person "
              + person.index()
              + " is in unit "
              + person.unitCode()
              + ", which was not written; write the units first");
    }
    long personId = recordIds.next();
    String changeId = UUID.randomUUID().toString();
    sink.add(Table.PERSON, personRow(personId, unitId, person));
    NameKeys keys = keys(person.data());
    for (String token : keys.tokens()) {
      sink.add(Table.PERSON_NAME_TOKEN, new Object[] {personId, token, keys.sortKey()});
    }
    for (String token : keys.exactTokens()) {
      sink.add(Table.PERSON_NAME_EXACT_TOKEN, new Object[] {personId, token, keys.sortKey()});
    }
    for (String words : keys.triples()) {
      sink.add(Table.PERSON_NAME_TRIPLE, new Object[] {personId, words, keys.sortKey()});
    }
    for (String words : keys.exactTriples()) {
      sink.add(Table.PERSON_NAME_EXACT_TRIPLE, new Object[] {personId, words, keys.sortKey()});
    }
    audit(changeId, personId, unitId, "person", personId);

    for (SalaryRow row : person.salary()) {
      history(changeId, personId, unitId, Table.SALARY_HISTORY, salaryValues(row));
    }
    for (LeadershipTermRow row : person.leadershipTerms()) {
      history(changeId, personId, unitId, Table.LEADERSHIP_TERM, term(row, unitId));
    }
    for (WorkHistoryRow row : person.workHistory()) {
      history(changeId, personId, unitId, Table.WORK_HISTORY, workHistory(row));
    }
    for (TrainingRow row : person.training()) {
      history(changeId, personId, unitId, Table.TRAINING, training(row));
    }
    for (AwardRow row : person.awards()) {
      history(changeId, personId, unitId, Table.AWARD, award(row));
    }
    for (DisciplineRow row : person.discipline()) {
      history(changeId, personId, unitId, Table.DISCIPLINE, discipline(row));
    }
    for (EvaluationRow row : person.evaluations()) {
      history(changeId, personId, unitId, Table.EVALUATION, evaluation(row));
    }
    for (NonCountedPeriodRow row : person.nonCountedPeriods()) {
      history(changeId, personId, unitId, Table.NON_COUNTED_PERIOD, nonCounted(row));
    }
    for (FamilyRelationRow row : person.familyRelations()) {
      history(changeId, personId, unitId, Table.FAMILY_RELATION, family(row));
    }
    for (MembershipRow row : person.memberships()) {
      history(changeId, personId, unitId, Table.MEMBERSHIP, membership(row));
    }
    for (MilitaryServiceRow row : person.militaryService()) {
      history(changeId, personId, unitId, Table.MILITARY_SERVICE, military(row));
    }
    for (LabourContractRow row : person.labourContracts()) {
      history(changeId, personId, unitId, Table.LABOUR_CONTRACT, contract(row));
    }
    for (RetirementAdjustmentRow row : person.retirementAdjustments()) {
      history(changeId, personId, unitId, Table.RETIREMENT_ADJUSTMENT, adjustment(row));
    }
    people++;
    return personId;
  }

  /** Writes every row taken so far. */
  public void flush() throws SQLException {
    sink.flush();
  }

  public int people() {
    return people;
  }

  public long historyRows() {
    return historyRows;
  }

  public long auditEntries() {
    return auditEntries;
  }

  private void history(String changeId, long personId, long unitId, Table table, Object[] row)
      throws SQLException {
    long id = recordIds.next();
    row[0] = id;
    row[1] = 1L;
    row[2] = personId;
    sink.add(table, row);
    historyRows++;
    audit(changeId, personId, unitId, table.tableName(), id);
  }

  private void audit(String changeId, Long personId, long unitId, String table, long rowId)
      throws SQLException {
    if (!audit) {
      return;
    }
    sink.add(
        Table.AUDIT_LOG,
        new Object[] {
          auditIds.next(),
          changeId,
          changedAt,
          actor,
          personId,
          unitId,
          table,
          rowId,
          1L,
          "INSERT",
          AUDIT_FIELD,
          null,
          null,
          reason
        });
    auditEntries++;
  }

  private static NameKeys keys(PersonData data) {
    return NameKeys.of(names(data), Texts.cleanWords(data.otherNames()));
  }

  private static PersonName names(PersonData data) {
    return PersonNames.derive(Texts.cleanWords(data.fullName()));
  }

  private static Object[] personRow(long id, long unitId, GeneratedPerson person) {
    PersonData data = person.data();
    PersonName name = names(data);
    NameKeys keys = keys(data);
    SalaryRow latest = person.salary().isEmpty() ? null : latestSalary(person.salary());
    return new Object[] {
      id,
      1L,
      data.category().name(),
      name.fullName(),
      name.familyName(),
      name.middleName(),
      name.givenName(),
      Texts.cleanWords(data.otherNames()),
      data.birthDate().value(),
      data.birthDate().precision().name(),
      data.sex().name(),
      text(data.birthPlace()),
      text(data.homeTown()),
      data.ethnicityCode(),
      data.religionCode(),
      data.identityNumber(),
      IdentityNumbers.isLegacy(data.identityNumber()),
      data.identityIssuedOn(),
      text(data.identityIssuedBy()),
      data.civilServantNumber(),
      data.socialInsuranceNumber(),
      unitId,
      text(data.jobPosition()),
      text(data.currentPosition()),
      text(data.concurrentPositions()),
      text(data.mainDuties()),
      text(data.permanentAddress()),
      text(data.currentAddress()),
      text(data.occupationAtRecruitment()),
      data.recruitmentDate(),
      text(data.recruitmentAgency()),
      data.generalEducation(),
      data.qualificationCode(),
      text(data.qualificationField()),
      data.politicalTheoryCode(),
      data.stateManagementCode(),
      text(data.foreignLanguages()),
      text(data.itSkills()),
      text(data.highestHonoraryTitle()),
      text(data.strengths()),
      text(data.healthStatus()),
      data.heightCm(),
      data.weightKg(),
      data.bloodType(),
      text(data.warInvalidGrade()),
      text(data.policyFamily()),
      data.retirementNoticeDate(),
      latest == null ? null : latest.rankCode(),
      latest == null ? null : latest.step(),
      latest == null ? null : latest.coefficient(),
      keys.sortKey(),
      keys.searchKey(),
      keys.nameExact()
    };
  }

  /** Returns the latest row by effective date, as the record service copies it onto the person. */
  private static SalaryRow latestSalary(List<SalaryRow> rows) {
    SalaryRow latest = rows.get(0);
    for (SalaryRow row : rows) {
      if (!row.effectiveDate().isBefore(latest.effectiveDate())) {
        latest = row;
      }
    }
    return latest;
  }

  /**
   * Returns the values of a {@link Table#SALARY_HISTORY} row; the first three, id, version and
   * person, are left null for the caller to set.
   */
  public static Object[] salaryValues(SalaryRow row) {
    return withDecision(
        row.decision(),
        new Object[] {
          null,
          null,
          null,
          row.salaryTable(),
          row.salaryType(),
          row.rankCode(),
          row.step(),
          row.coefficient(),
          row.effectiveDate(),
          row.countedFrom(),
          row.seniorityAllowancePercent(),
          null,
          null,
          null,
          text(row.note())
        },
        11);
  }

  private static Object[] term(LeadershipTermRow row, long unitId) {
    return withDecision(
        row.decision(),
        new Object[] {
          null,
          null,
          null,
          text(row.title()),
          row.positionCode(),
          row.allowanceCoefficient(),
          row.unitId() == null ? unitId : row.unitId(),
          row.kind().name(),
          row.effectiveDate(),
          row.termEnd(),
          row.endedOn(),
          null,
          null,
          null
        },
        11);
  }

  private static Object[] workHistory(WorkHistoryRow row) {
    return withDecision(
        row.decision(),
        new Object[] {
          null,
          null,
          null,
          row.from(),
          row.to(),
          text(row.title()),
          text(row.unitName()),
          row.unitId(),
          null,
          null,
          null
        },
        8);
  }

  private static Object[] training(TrainingRow row) {
    return withDecision(
        row.decision(),
        new Object[] {
          null,
          null,
          null,
          row.type().name(),
          row.from(),
          row.to(),
          text(row.school()),
          text(row.field()),
          row.mode() == null ? null : row.mode().name(),
          row.qualificationCode(),
          text(row.degree()),
          null,
          null,
          null
        },
        11);
  }

  private static Object[] award(AwardRow row) {
    return withDecision(
        row.decision(),
        new Object[] {
          null,
          null,
          null,
          text(row.form()),
          row.awardedOn(),
          row.year(),
          text(row.reason()),
          null,
          null,
          null
        },
        7);
  }

  private static Object[] discipline(DisciplineRow row) {
    return withDecision(
        row.decision(),
        new Object[] {
          null,
          null,
          null,
          row.form().name(),
          row.effectiveDate(),
          row.endDate(),
          text(row.reason()),
          null,
          null,
          null
        },
        7);
  }

  private static Object[] evaluation(EvaluationRow row) {
    return withDecision(
        row.decision(),
        new Object[] {
          null, null, null, row.year(), row.rating().name(), row.score(), null, null, null
        },
        6);
  }

  private static Object[] nonCounted(NonCountedPeriodRow row) {
    return withDecision(
        row.decision(),
        new Object[] {
          null,
          null,
          null,
          row.kind().name(),
          row.from(),
          row.to(),
          row.workingDays(),
          null,
          null,
          null
        },
        7);
  }

  private static Object[] family(FamilyRelationRow row) {
    return new Object[] {
      null,
      null,
      null,
      row.side().name(),
      text(row.relation()),
      Texts.cleanWords(row.fullName()),
      row.birthYear(),
      text(row.homeTown()),
      text(row.occupation()),
      text(row.workplace()),
      text(row.residence()),
      text(row.note())
    };
  }

  private static Object[] membership(MembershipRow row) {
    return withDecision(
        row.decision(),
        new Object[] {
          null,
          null,
          null,
          row.organisation().name(),
          text(row.organisationName()),
          row.joinedOn(),
          row.officialOn(),
          row.leftOn(),
          text(row.position()),
          null,
          null,
          null
        },
        9);
  }

  private static Object[] military(MilitaryServiceRow row) {
    return withDecision(
        row.decision(),
        new Object[] {
          null,
          null,
          null,
          row.enlistedOn(),
          row.dischargedOn(),
          text(row.branch()),
          text(row.highestRank()),
          null,
          null,
          null
        },
        7);
  }

  private static Object[] contract(LabourContractRow row) {
    return withDecision(
        row.decision(),
        new Object[] {
          null,
          null,
          null,
          text(row.contractNumber()),
          row.type().name(),
          row.startDate(),
          row.endDate(),
          row.terminatedOn(),
          text(row.jobTitle()),
          null,
          null,
          null
        },
        9);
  }

  private static Object[] adjustment(RetirementAdjustmentRow row) {
    return withDecision(
        row.decision(),
        new Object[] {
          null,
          null,
          null,
          row.kind().name(),
          row.months(),
          text(row.legalBasis()),
          null,
          null,
          null
        },
        6);
  }

  /** Puts the decision's number, date and signer into the three columns from {@code at}. */
  private static Object[] withDecision(LegalDecision decision, Object[] row, int at) {
    if (decision != null) {
      row[at] = text(decision.number());
      row[at + 1] = decision.signedOn();
      row[at + 2] = Texts.cleanWords(decision.signer());
    }
    return row;
  }

  private static String text(String value) {
    return Texts.clean(value);
  }
}
