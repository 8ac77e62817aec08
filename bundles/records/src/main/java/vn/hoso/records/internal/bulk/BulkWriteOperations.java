package vn.hoso.records.internal.bulk;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import vn.hoso.api.personnel.CandidateOutcome;
import vn.hoso.api.personnel.CandidateOutcome.Status;
import vn.hoso.api.personnel.FieldProblem;
import vn.hoso.api.personnel.OutOfScopeException;
import vn.hoso.api.personnel.PersonCandidate;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.PersonDetails;
import vn.hoso.api.personnel.ValidationException;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.SalaryRow;
import vn.hoso.records.internal.audit.AuditValues;
import vn.hoso.records.internal.history.HistoryOperations;
import vn.hoso.records.internal.persistence.ChangeSession;
import vn.hoso.records.internal.person.PersonEntity;
import vn.hoso.records.internal.person.PersonOperations;
import vn.hoso.records.internal.text.Texts;
import vn.hoso.records.internal.unit.Scopes;
import vn.hoso.records.internal.validation.Problems;

/**
 * Matches, classifies and writes the candidates of a bulk write inside one transaction.
 *
 * <p>A rejected candidate may leave part of its writes in the transaction (a person created before
 * their salary row failed validation). The caller therefore never commits a transaction in which a
 * candidate was rejected. A dry run, and an all-or-nothing write with a rejection, roll back. A
 * valid-only write repeats the work in a new transaction with the valid candidates alone.
 */
public final class BulkWriteOperations {

  /** The name {@link CandidateOutcome#changedFields()} uses for a changed salary row. */
  static final String SALARY_FIELD = "salary";

  private BulkWriteOperations() {}

  /**
   * Processes every candidate in order and returns one outcome per candidate.
   *
   * <p>TODO: one candidate at a time costs several dozen database round trips per person, and
   * 100,000 people took 31 minutes for dry run and commit against 13.5 s for COPY. Look the numbers
   * of a chunk up in one query, read the reference data once, and insert the people, salary rows
   * and audit rows of a chunk in JDBC batches.
   */
  public static List<CandidateOutcome> apply(
      ChangeSession session, List<PersonCandidate> candidates) {
    Set<String> seenIdentityNumbers = new HashSet<>();
    Set<String> seenCivilServantNumbers = new HashSet<>();
    List<CandidateOutcome> outcomes = new ArrayList<>(candidates.size());
    for (PersonCandidate candidate : candidates) {
      Optional<FieldProblem> duplicate =
          duplicateInFile(candidate.person(), seenIdentityNumbers, seenCivilServantNumbers);
      if (duplicate.isPresent()) {
        outcomes.add(rejected(candidate, null, List.of(duplicate.get())));
      } else {
        outcomes.add(applyOne(session, candidate));
        detachWritten(session.em());
      }
    }
    return outcomes;
  }

  /**
   * Writes the candidate's changes to the database, inside the transaction, and detaches them.
   * EclipseLink flushes before every query and compares every managed entity to find the changes.
   * Without the clear, each candidate costs time in proportion to all candidates before it, and a
   * file of 10,000 people took minutes. Later candidates' queries still see the flushed rows,
   * because they read through the same transaction.
   */
  private static void detachWritten(EntityManager em) {
    em.flush();
    em.clear();
  }

  private static CandidateOutcome applyOne(ChangeSession session, PersonCandidate candidate) {
    PersonEntity existing = match(session.em(), candidate.person());
    if (existing == null) {
      return create(session, candidate);
    }
    if (!Scopes.contains(session.em(), session.scope(), existing.getUnitId())) {
      return rejected(
          candidate,
          null,
          List.of(
              problem("identityNumber", "person-out-of-scope", matchedKey(candidate.person()))));
    }
    return update(session, candidate, existing);
  }

  private static CandidateOutcome create(ChangeSession session, PersonCandidate candidate) {
    if (candidate.person().unitId() == null) {
      // The record service stores a person without a unit for the scope of all units, but a new
      // person from a file always needs one: from its row, or from the upload's default unit.
      return rejected(candidate, null, List.of(problem("unitId", "required", null)));
    }
    PersonDetails created;
    try {
      created = PersonOperations.create(session, candidate.person());
    } catch (ValidationException e) {
      return rejected(candidate, null, e.problems());
    } catch (OutOfScopeException e) {
      return rejected(candidate, null, List.of(problem("unitId", "unit-out-of-scope", e.unitId())));
    }
    if (candidate.salary() != null) {
      try {
        HistoryOperations.add(
            session, person(session, created.id()), HistoryKind.SALARY, candidate.salary());
      } catch (ValidationException e) {
        return rejected(candidate, null, salaryProblems(e.problems()));
      }
    }
    return new CandidateOutcome(candidate.row(), Status.NEW, created.id(), List.of(), List.of());
  }

  private static CandidateOutcome update(
      ChangeSession session, PersonCandidate candidate, PersonEntity existing) {
    PersonData stored = existing.toData();
    PersonData merged = overlay(stored, candidate.person());
    List<String> changed = changedFields(stored, merged);
    SalaryChange salaryChange = salaryChange(session.em(), existing.getId(), candidate.salary());

    List<FieldProblem> problems = new ArrayList<>();
    if (!changed.isEmpty()) {
      try {
        PersonOperations.update(session, existing.getId(), merged);
      } catch (ValidationException e) {
        problems.addAll(e.problems());
      } catch (OutOfScopeException e) {
        problems.add(problem("unitId", "unit-out-of-scope", e.unitId()));
      }
    }
    if (problems.isEmpty() && salaryChange.row() != null) {
      try {
        writeSalary(session, existing.getId(), salaryChange);
      } catch (ValidationException e) {
        problems.addAll(salaryProblems(e.problems()));
      }
    }
    if (!problems.isEmpty()) {
      return rejected(candidate, existing.getId(), problems);
    }

    List<String> fields = new ArrayList<>(changed);
    if (salaryChange.row() != null) {
      fields.add(SALARY_FIELD);
    }
    Status status = fields.isEmpty() ? Status.UNCHANGED : Status.UPDATED;
    return new CandidateOutcome(candidate.row(), status, existing.getId(), fields, List.of());
  }

  /**
   * Returns the stored person with the candidate's identity number, or else with its civil servant
   * number, or null.
   */
  private static PersonEntity match(EntityManager em, PersonData person) {
    String identityNumber = Texts.clean(person.identityNumber());
    if (identityNumber != null) {
      List<PersonEntity> found =
          em.createQuery(
                  "SELECT p FROM PersonEntity p WHERE p.identityNumber = :number",
                  PersonEntity.class)
              .setParameter("number", identityNumber)
              .setMaxResults(1)
              .getResultList();
      if (!found.isEmpty()) {
        return found.get(0);
      }
    }
    String civilServantNumber = Texts.clean(person.civilServantNumber());
    if (civilServantNumber != null) {
      List<PersonEntity> found =
          em.createQuery(
                  "SELECT p FROM PersonEntity p WHERE p.civilServantNumber = :number",
                  PersonEntity.class)
              .setParameter("number", civilServantNumber)
              .setMaxResults(1)
              .getResultList();
      if (!found.isEmpty()) {
        return found.get(0);
      }
    }
    return null;
  }

  private static Optional<FieldProblem> duplicateInFile(
      PersonData person, Set<String> identityNumbers, Set<String> civilServantNumbers) {
    String identityNumber = Texts.clean(person.identityNumber());
    String civilServantNumber = Texts.clean(person.civilServantNumber());
    if (identityNumber != null && !identityNumbers.add(identityNumber)) {
      return Optional.of(problem("identityNumber", "duplicate-in-file", identityNumber));
    }
    if (civilServantNumber != null && !civilServantNumbers.add(civilServantNumber)) {
      return Optional.of(problem("civilServantNumber", "duplicate-in-file", civilServantNumber));
    }
    return Optional.empty();
  }

  private static String matchedKey(PersonData person) {
    String identityNumber = Texts.clean(person.identityNumber());
    return identityNumber != null ? identityNumber : Texts.clean(person.civilServantNumber());
  }

  /**
   * Returns the stored data with every non-null field of the candidate written over it. A new full
   * name without name parts clears the stored parts, so that they are derived from the new name.
   */
  static PersonData overlay(PersonData stored, PersonData candidate) {
    RecordComponent[] components = PersonData.class.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      Object storedValue = read(components[i], stored);
      Object candidateValue = read(components[i], candidate);
      if (candidateValue instanceof String text) {
        candidateValue = Texts.clean(text);
      }
      values[i] = candidateValue != null ? candidateValue : storedValue;
      types[i] = components[i].getType();
    }
    PersonData merged = construct(types, values).toBuilder().version(stored.version()).build();

    boolean nameChanged =
        candidate.fullName() != null
            && !Objects.equals(Texts.cleanWords(candidate.fullName()), stored.fullName());
    boolean partsGiven =
        candidate.familyName() != null
            || candidate.middleName() != null
            || candidate.givenName() != null;
    if (nameChanged && !partsGiven) {
      merged = merged.toBuilder().familyName(null).middleName(null).givenName(null).build();
    }
    return merged;
  }

  private static Object read(RecordComponent component, PersonData data) {
    try {
      return component.getAccessor().invoke(data);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read PersonData." + component.getName(), e);
    }
  }

  private static PersonData construct(Class<?>[] types, Object[] values) {
    try {
      return PersonData.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot construct PersonData", e);
    }
  }

  /** Returns the names of the fields whose audit values differ. */
  private static List<String> changedFields(PersonData stored, PersonData merged) {
    Map<String, String> before = AuditValues.of(stored);
    Map<String, String> after = new LinkedHashMap<>(AuditValues.of(merged));
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> entry : after.entrySet()) {
      if (!Objects.equals(entry.getValue(), before.get(entry.getKey()))) {
        changed.add(entry.getKey());
      }
    }
    for (String field : before.keySet()) {
      if (!after.containsKey(field) && before.get(field) != null && !changed.contains(field)) {
        changed.add(field);
      }
    }
    return changed;
  }

  /**
   * A salary row to write: a new row ({@code existing} null), a replacement of the stored row with
   * the same effective date, or nothing ({@code row} null) when that row already has these values.
   */
  private record SalaryChange(SalaryRow row, SalaryRow existing) {}

  private static SalaryChange salaryChange(EntityManager em, long personId, SalaryRow candidate) {
    if (candidate == null) {
      return new SalaryChange(null, null);
    }
    for (SalaryRow stored : HistoryOperations.list(em, personId, HistoryKind.SALARY)) {
      if (Objects.equals(stored.effectiveDate(), candidate.effectiveDate())) {
        return sameSalary(stored, candidate)
            ? new SalaryChange(null, stored)
            : new SalaryChange(replace(stored, candidate), stored);
      }
    }
    return new SalaryChange(candidate, null);
  }

  private static boolean sameSalary(SalaryRow stored, SalaryRow candidate) {
    return (candidate.rankCode() == null || candidate.rankCode().strip().equals(stored.rankCode()))
        && (candidate.step() == null || candidate.step().equals(stored.step()))
        && sameDecimal(candidate.coefficient(), stored.coefficient());
  }

  private static boolean sameDecimal(BigDecimal candidate, BigDecimal stored) {
    return candidate == null || (stored != null && candidate.compareTo(stored) == 0);
  }

  /** Returns the stored row with the candidate's rank, step and coefficient. */
  private static SalaryRow replace(SalaryRow stored, SalaryRow candidate) {
    boolean rankChanged =
        candidate.rankCode() != null && !candidate.rankCode().strip().equals(stored.rankCode());
    return new SalaryRow(
        stored.id(),
        stored.version(),
        rankChanged ? null : stored.salaryTable(),
        rankChanged ? null : stored.salaryType(),
        candidate.rankCode() != null ? candidate.rankCode() : stored.rankCode(),
        candidate.step() != null ? candidate.step() : stored.step(),
        candidate.coefficient(),
        stored.effectiveDate(),
        stored.countedFrom(),
        stored.seniorityAllowancePercent(),
        stored.decision(),
        stored.note());
  }

  private static void writeSalary(ChangeSession session, long personId, SalaryChange change) {
    PersonEntity person = person(session, personId);
    if (change.existing() == null) {
      HistoryOperations.add(session, person, HistoryKind.SALARY, change.row());
    } else {
      HistoryOperations.update(
          session, person, HistoryKind.SALARY, change.existing().id(), change.row());
    }
  }

  private static PersonEntity person(ChangeSession session, long personId) {
    return PersonOperations.find(session.em(), session.scope(), personId);
  }

  private static List<FieldProblem> salaryProblems(List<FieldProblem> problems) {
    return problems.stream()
        .map(
            p ->
                new FieldProblem(
                    p.field() == null ? SALARY_FIELD : SALARY_FIELD + "." + p.field(),
                    p.code(),
                    p.message(),
                    p.arguments()))
        .toList();
  }

  private static FieldProblem problem(String field, String code, Object value) {
    Problems problems = new Problems();
    problems.add(field, code, value);
    return problems.list().get(0);
  }

  private static CandidateOutcome rejected(
      PersonCandidate candidate, Long personId, List<FieldProblem> problems) {
    return new CandidateOutcome(candidate.row(), Status.REJECTED, personId, List.of(), problems);
  }
}
