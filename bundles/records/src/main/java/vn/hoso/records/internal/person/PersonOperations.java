package vn.hoso.records.internal.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import vn.hoso.api.personnel.OutOfScopeException;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.PersonDetails;
import vn.hoso.api.personnel.RecordNotFoundException;
import vn.hoso.api.personnel.StaleVersionException;
import vn.hoso.api.personnel.history.DisciplineRow;
import vn.hoso.api.personnel.history.EvaluationRow;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.LeadershipTermRow;
import vn.hoso.api.personnel.history.NonCountedPeriodRow;
import vn.hoso.api.personnel.history.RetirementAdjustmentRow;
import vn.hoso.api.personnel.history.SalaryRow;
import vn.hoso.api.record.DatePrecision;
import vn.hoso.api.record.DisciplineEntry;
import vn.hoso.api.record.EvaluationEntry;
import vn.hoso.api.record.LeadershipTerm;
import vn.hoso.api.record.NonCountedPeriod;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.PersonName;
import vn.hoso.api.record.PersonRecord;
import vn.hoso.api.record.RetirementAdjustment;
import vn.hoso.api.record.SalaryEntry;
import vn.hoso.api.record.Sex;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.records.internal.audit.AuditLog;
import vn.hoso.records.internal.audit.AuditTrail.RowRef;
import vn.hoso.records.internal.audit.AuditValues;
import vn.hoso.records.internal.history.HistoryOperations;
import vn.hoso.records.internal.history.LatestSalary;
import vn.hoso.records.internal.persistence.ChangeSession;
import vn.hoso.records.internal.text.RecordTexts;
import vn.hoso.records.internal.text.Texts;
import vn.hoso.records.internal.text.VietnameseCollation;
import vn.hoso.records.internal.unit.Scopes;
import vn.hoso.records.internal.unit.UnitEntity;
import vn.hoso.records.internal.validation.IdentityNumbers;
import vn.hoso.records.internal.validation.Problems;

/** Reads and writes of people, with their audit entries. */
public final class PersonOperations {

  public static final String TABLE = "person";

  private static final int SEARCH_KEY_LENGTH = 200;

  private PersonOperations() {}

  /**
   * Returns a person in scope: in one of its units, or the scope's own person.
   *
   * @throws RecordNotFoundException when the person does not exist or is outside the scope
   */
  public static PersonEntity find(EntityManager em, UnitScope scope, long personId) {
    PersonEntity person = em.find(PersonEntity.class, personId);
    boolean own = scope.ownPersonId() != null && scope.ownPersonId() == personId;
    if (person == null || !(own || Scopes.contains(em, scope, person.getUnitId()))) {
      throw new RecordNotFoundException(TABLE, personId);
    }
    return person;
  }

  public static PersonDetails details(EntityManager em, PersonEntity person, LocalDate today) {
    UnitEntity unit =
        person.getUnitId() == null ? null : em.find(UnitEntity.class, person.getUnitId());
    return new PersonDetails(
        person.getId(),
        person.toData(),
        person.isIdentityNumberLegacy(),
        unit == null ? null : unit.getName(),
        LatestSalary.inForce(em, person.getId(), today));
  }

  public static PersonDetails create(ChangeSession session, PersonData input) {
    PersonEntity person = prepareNew(session, PersonLookups.of(session), input);
    session.em().persist(person);
    session.em().flush();
    PersonSearchIndex.replaceTokens(session.em(), person);

    session
        .audit()
        .inserted(rowRef(person), person.getVersion(), session.change().reason(), values(person));
    session.personChanged(person.getId(), TABLE, "INSERT");
    return details(session.em(), person, session.today());
  }

  /**
   * Checks a new person as {@link #create} does and returns the entity to store, not yet persisted.
   *
   * @throws OutOfScopeException when the unit exists but is outside the session's scope
   * @throws vn.hoso.api.personnel.ValidationException with every problem found
   */
  public static PersonEntity prepareNew(
      ChangeSession session, PersonLookups lookups, PersonData input) {
    PersonData data = clean(input);
    checkUnitInScope(lookups, data.unitId());

    Problems problems = new Problems();
    PersonName names = PersonValidator.names(data, problems);
    PersonValidator.validate(session, lookups, problems, data, null);
    problems.throwIfAny();

    PersonEntity person = new PersonEntity();
    apply(person, data, names);
    return person;
  }

  public static PersonDetails update(ChangeSession session, long personId, PersonData input) {
    return update(session, PersonLookups.of(session), personId, input);
  }

  /** Updates a person as {@link #update(ChangeSession, long, PersonData)}, with these look-ups. */
  public static PersonDetails update(
      ChangeSession session, PersonLookups lookups, long personId, PersonData input) {
    PersonEntity person = find(session.em(), session.scope(), personId);
    PersonData data = clean(input);
    checkVersion(session, person, data.version());
    if (data.unitId() != null && !data.unitId().equals(person.getUnitId())) {
      checkUnitInScope(lookups, data.unitId());
    }

    Problems problems = new Problems();
    PersonName names = PersonValidator.names(data, problems);
    PersonValidator.validate(session, lookups, problems, data, person);
    problems.throwIfAny();

    Map<String, String> before = values(person);
    apply(person, data, names);
    session.flush(person, TABLE, data.version());
    PersonSearchIndex.replaceTokens(session.em(), person);
    int changed =
        session
            .audit()
            .updated(
                rowRef(person),
                person.getVersion(),
                session.change().reason(),
                before,
                values(person));
    if (changed > 0) {
      session.personChanged(person.getId(), TABLE, "UPDATE");
    }
    return details(session.em(), person, session.today());
  }

  public static void delete(ChangeSession session, long personId, long expectedVersion) {
    PersonEntity person = find(session.em(), session.scope(), personId);
    checkVersion(session, person, expectedVersion);

    HistoryOperations.deleteAll(session, person);
    PersonSearchIndex.deleteTokens(session.em(), person.getId());
    Map<String, String> before = values(person);
    session.em().remove(person);
    session.flush(person, TABLE, expectedVersion);
    session.audit().deleted(rowRef(person), person.getVersion(), session.change().reason(), before);
    session.personChanged(person.getId(), TABLE, "DELETE");
  }

  /** Returns the person with the history tables the legal rules read. */
  public static PersonRecord record(EntityManager em, PersonEntity person) {
    return records(em, List.of(person)).get(0);
  }

  /**
   * Returns the records of many people with the history tables the legal rules read, reading each
   * table once for the whole batch rather than once per person.
   */
  public static List<PersonRecord> records(EntityManager em, List<PersonEntity> people) {
    return withHistory(em, people.stream().map(PersonOperations::head).toList());
  }

  /**
   * Returns the records of the people with these ids, in id order, reading only the person columns
   * a record needs instead of whole entities: background work reads a million records this way.
   */
  public static List<PersonRecord> recordsByIds(EntityManager em, Collection<Long> personIds) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT p.id, p.fullName, p.familyName, p.middleName, p.givenName, p.category,"
                    + " p.sex, p.birthDate, p.birthDatePrecision, p.unitId,"
                    + " p.retirementNoticeDate"
                    + " FROM PersonEntity p WHERE p.id IN :ids ORDER BY p.id",
                Object[].class)
            .setParameter("ids", personIds)
            .getResultList();
    List<RecordHead> heads = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      heads.add(
          new RecordHead(
              (Long) row[0],
              new PersonName((String) row[1], (String) row[2], (String) row[3], (String) row[4]),
              (PersonCategory) row[5],
              (Sex) row[6],
              new PartialDate((LocalDate) row[7], (DatePrecision) row[8]),
              (Long) row[9],
              (LocalDate) row[10]));
    }
    return withHistory(em, heads);
  }

  private static List<PersonRecord> withHistory(EntityManager em, List<RecordHead> people) {
    List<Long> ids = people.stream().map(RecordHead::id).toList();
    Map<Long, List<SalaryRow>> salaries =
        HistoryOperations.listForPeople(em, ids, HistoryKind.SALARY);
    Map<Long, List<LeadershipTermRow>> terms =
        HistoryOperations.listForPeople(em, ids, HistoryKind.LEADERSHIP_TERMS);
    Map<Long, List<DisciplineRow>> disciplines =
        HistoryOperations.listForPeople(em, ids, HistoryKind.DISCIPLINE);
    Map<Long, List<EvaluationRow>> evaluations =
        HistoryOperations.listForPeople(em, ids, HistoryKind.EVALUATIONS);
    Map<Long, List<NonCountedPeriodRow>> nonCounted =
        HistoryOperations.listForPeople(em, ids, HistoryKind.NON_COUNTED_PERIODS);
    Map<Long, List<RetirementAdjustmentRow>> adjustments =
        HistoryOperations.listForPeople(em, ids, HistoryKind.RETIREMENT_ADJUSTMENTS);

    List<PersonRecord> records = new ArrayList<>(people.size());
    for (RecordHead person : people) {
      long id = person.id();
      records.add(
          new PersonRecord(
              id,
              person.name(),
              person.category(),
              person.sex(),
              person.birthDate(),
              person.unitId(),
              salaries.getOrDefault(id, List.of()).stream()
                  .map(PersonOperations::salaryEntry)
                  .toList(),
              terms.getOrDefault(id, List.of()).stream()
                  .map(PersonOperations::leadershipTerm)
                  .toList(),
              disciplines.getOrDefault(id, List.of()).stream()
                  .map(PersonOperations::disciplineEntry)
                  .toList(),
              evaluations.getOrDefault(id, List.of()).stream()
                  .map(PersonOperations::evaluationEntry)
                  .toList(),
              nonCounted.getOrDefault(id, List.of()).stream()
                  .map(PersonOperations::nonCountedPeriod)
                  .toList(),
              adjustments.getOrDefault(id, List.of()).stream()
                  .map(PersonOperations::retirementAdjustment)
                  .toList(),
              person.retirementNoticeDate()));
    }
    return records;
  }

  private static RecordHead head(PersonEntity person) {
    return new RecordHead(
        person.getId(),
        new PersonName(
            person.getFullName(),
            person.getFamilyName(),
            person.getMiddleName(),
            person.getGivenName()),
        person.getCategory(),
        person.getSex(),
        person.getBirthDate(),
        person.getUnitId(),
        person.getRetirementNoticeDate());
  }

  /** The person columns of a {@link PersonRecord}, without its history. */
  private record RecordHead(
      long id,
      PersonName name,
      PersonCategory category,
      Sex sex,
      PartialDate birthDate,
      Long unitId,
      LocalDate retirementNoticeDate) {}

  /** Cleans the text of the input; names also get single spaces between words. */
  private static PersonData clean(PersonData input) {
    PersonData cleaned = RecordTexts.clean(input);
    return cleaned.toBuilder()
        .fullName(Texts.cleanWords(cleaned.fullName()))
        .familyName(Texts.cleanWords(cleaned.familyName()))
        .middleName(Texts.cleanWords(cleaned.middleName()))
        .givenName(Texts.cleanWords(cleaned.givenName()))
        .otherNames(Texts.cleanWords(cleaned.otherNames()))
        .build();
  }

  private static void apply(PersonEntity person, PersonData data, PersonName names) {
    person.copyFrom(data);
    person.setFullName(names.fullName());
    person.setFamilyName(names.familyName());
    person.setMiddleName(names.middleName());
    person.setGivenName(names.givenName());
    person.setIdentityNumberLegacy(IdentityNumbers.isLegacy(data.identityNumber()));
    person.setSortKey(
        VietnameseCollation.nameSortKey(names.givenName(), names.middleName(), names.familyName()));
    String searchKey = VietnameseCollation.fold(names.fullName());
    person.setSearchKey(
        searchKey.length() > SEARCH_KEY_LENGTH
            ? searchKey.substring(0, SEARCH_KEY_LENGTH)
            : searchKey);
    PersonSearchIndex.updateExactName(person);
  }

  /**
   * Throws {@link OutOfScopeException} when the unit exists but is outside the scope. A unit that
   * does not exist, and a missing unit, are reported by the validation.
   */
  private static void checkUnitInScope(PersonLookups lookups, Long unitId) {
    if (unitId != null && lookups.unit(unitId) != null && !lookups.inScope(unitId)) {
      throw new OutOfScopeException(unitId);
    }
  }

  private static void checkVersion(ChangeSession session, PersonEntity person, Long expected) {
    if (expected == null) {
      Problems problems = new Problems();
      problems.add("version", "required");
      problems.throwIfAny();
    } else if (expected != person.getVersion()) {
      throw new StaleVersionException(
          TABLE,
          person.getId(),
          expected,
          person.getVersion(),
          AuditLog.changesSince(session.em(), TABLE, person.getId(), expected));
    }
  }

  private static RowRef rowRef(PersonEntity person) {
    return new RowRef(TABLE, person.getId(), person.getId(), person.getUnitId());
  }

  private static Map<String, String> values(PersonEntity person) {
    return AuditValues.of(person.toData());
  }

  private static SalaryEntry salaryEntry(SalaryRow row) {
    return new SalaryEntry(
        row.id(),
        row.salaryTable(),
        row.salaryType(),
        row.rankCode(),
        row.step(),
        row.coefficient(),
        row.effectiveDate(),
        row.countedFrom(),
        row.seniorityAllowancePercent(),
        row.decision());
  }

  private static LeadershipTerm leadershipTerm(LeadershipTermRow row) {
    return new LeadershipTerm(
        row.id(),
        row.title(),
        row.allowanceCoefficient(),
        row.unitId(),
        row.kind(),
        row.effectiveDate(),
        row.termEnd(),
        row.decision());
  }

  private static DisciplineEntry disciplineEntry(DisciplineRow row) {
    return new DisciplineEntry(
        row.id(), row.form(), row.effectiveDate(), row.endDate(), row.decision());
  }

  private static EvaluationEntry evaluationEntry(EvaluationRow row) {
    return new EvaluationEntry(row.id(), row.year(), row.rating());
  }

  private static NonCountedPeriod nonCountedPeriod(NonCountedPeriodRow row) {
    return new NonCountedPeriod(
        row.id(), row.kind(), row.from(), row.to(), row.workingDays(), row.decision());
  }

  private static RetirementAdjustment retirementAdjustment(RetirementAdjustmentRow row) {
    return new RetirementAdjustment(
        row.id(), row.kind(), row.months(), row.legalBasis(), row.decision());
  }
}
