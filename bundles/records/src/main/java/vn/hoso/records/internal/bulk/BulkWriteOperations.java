package vn.hoso.records.internal.bulk;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.sql.Connection;
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
import vn.hoso.api.personnel.ValidationException;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.SalaryRow;
import vn.hoso.records.internal.audit.AuditValues;
import vn.hoso.records.internal.history.HistoryOperations;
import vn.hoso.records.internal.persistence.ChangeSession;
import vn.hoso.records.internal.person.PersonEntity;
import vn.hoso.records.internal.person.PersonOperations;
import vn.hoso.records.internal.reflect.RecordComponents;
import vn.hoso.records.internal.text.Texts;
import vn.hoso.records.internal.validation.Problems;

/**
 * Matches, classifies and writes the candidates of a bulk write inside one transaction.
 *
 * <p>Candidates go in chunks of {@value #CHUNK}: one query finds the stored people with the chunk's
 * identity numbers, one those with its civil servant numbers, and one their salary rows. A new
 * person is checked in memory, with the reference data and units read once per write, and inserted
 * with the chunk in batches ({@link PersonInserts}). An update goes through {@link
 * PersonOperations} and {@link HistoryOperations}, one person at a time, as a single write would.
 *
 * <p>A rejected candidate may leave part of its writes in the transaction (an update whose salary
 * row failed validation). The caller therefore never commits a transaction in which a candidate was
 * rejected. A dry run, and an all-or-nothing write with a rejection, roll back. A valid-only write
 * repeats the work in a new transaction with the valid candidates alone.
 */
public final class BulkWriteOperations {

  /** The name {@link CandidateOutcome#changedFields()} uses for a changed salary row. */
  static final String SALARY_FIELD = "salary";

  /** Candidates matched and inserted together. */
  public static final int CHUNK = 1000;

  private static final Set<String> MATCHING_FIELDS = Set.of("identityNumber", "civilServantNumber");

  private BulkWriteOperations() {}

  /**
   * Processes every candidate in order and returns one outcome per candidate.
   *
   * @param insertNew whether new people are inserted; a pass whose transaction is rolled back
   *     anyway only checks them, and their outcomes have no person id
   */
  public static List<CandidateOutcome> apply(
      ChangeSession session, List<PersonCandidate> candidates, boolean insertNew) {
    Set<String> seenIdentityNumbers = new HashSet<>();
    Set<String> seenCivilServantNumbers = new HashSet<>();
    List<CandidateOutcome> outcomes = new ArrayList<>(candidates.size());
    // Binds the transaction to its connection now: until its first write EclipseLink takes a
    // connection from the data source for every read, and a dry run never writes.
    session.em().unwrap(Connection.class);
    BulkLookups lookups = new BulkLookups(session);
    try (PersonInserts inserts = insertNew ? new PersonInserts(session) : null) {
      int next = 0;
      StoredMatches stored = null;
      while (next < candidates.size()) {
        List<PersonCandidate> chunk = chunkFrom(candidates, next);
        if (stored == null) {
          stored = StoredMatches.read(session.em(), chunk);
        }
        lookups.useChunk(stored.identityNumbers(), stored.identityNumberHolders());

        for (PersonCandidate candidate : chunk) {
          next++;
          Optional<FieldProblem> duplicate =
              duplicateInFile(candidate.person(), seenIdentityNumbers, seenCivilServantNumbers);
          CandidateOutcome outcome =
              duplicate.isPresent()
                  ? rejected(candidate, null, List.of(duplicate.get()))
                  : applyOne(session, lookups, inserts, stored, candidate);
          outcomes.add(outcome);
          if (outcome.changedFields().stream().anyMatch(MATCHING_FIELDS::contains)) {
            // The matches read for the rest of the chunk may name this person by the old number.
            break;
          }
        }

        detachWritten(session.em());
        // The next chunk's people are read before this chunk's new people are copied, so that
        // the copy runs while the next chunk is checked. None of them can match a new person of
        // this chunk: a number that occurs twice in the file is rejected from its second row.
        stored =
            next < candidates.size()
                ? StoredMatches.read(session.em(), chunkFrom(candidates, next))
                : null;
        if (inserts != null) {
          inserts.flush();
        }
      }
      if (inserts != null) {
        inserts.finish();
      }
    }
    return outcomes;
  }

  private static List<PersonCandidate> chunkFrom(List<PersonCandidate> candidates, int start) {
    return candidates.subList(start, Math.min(candidates.size(), start + CHUNK));
  }

  /**
   * Writes the chunk's changes to the database, inside the transaction, and detaches them.
   * EclipseLink flushes before every query and compares every managed entity to find the changes.
   * Without the clear, each chunk costs time in proportion to all chunks before it. Later chunks'
   * queries still see the flushed rows, because they read through the same transaction.
   */
  private static void detachWritten(EntityManager em) {
    em.flush();
    em.clear();
  }

  private static CandidateOutcome applyOne(
      ChangeSession session,
      BulkLookups lookups,
      PersonInserts inserts,
      StoredMatches stored,
      PersonCandidate candidate) {
    PersonEntity existing = stored.match(candidate.person());
    if (existing == null) {
      return create(session, lookups, inserts, candidate);
    }
    if (!lookups.personInScope(existing.getUnitId())) {
      return rejected(
          candidate,
          null,
          List.of(
              problem("identityNumber", "person-out-of-scope", matchedKey(candidate.person()))));
    }
    return update(session, lookups, stored.salaries(existing.getId()), candidate, existing);
  }

  private static CandidateOutcome create(
      ChangeSession session,
      BulkLookups lookups,
      PersonInserts inserts,
      PersonCandidate candidate) {
    if (candidate.person().unitId() == null) {
      // The record service stores a person without a unit for the scope of all units, but a new
      // person from a file always needs one: from its row, or from the upload's default unit.
      return rejected(candidate, null, List.of(problem("unitId", "required", null)));
    }
    PersonEntity person;
    try {
      person = PersonOperations.prepareNew(session, lookups, candidate.person());
    } catch (ValidationException e) {
      return rejected(candidate, null, e.problems());
    } catch (OutOfScopeException e) {
      return rejected(candidate, null, List.of(problem("unitId", "unit-out-of-scope", e.unitId())));
    }
    SalaryRow salary = null;
    if (candidate.salary() != null) {
      try {
        salary =
            HistoryOperations.checkFirst(session, person, HistoryKind.SALARY, candidate.salary());
      } catch (ValidationException e) {
        return rejected(candidate, null, salaryProblems(e.problems()));
      }
    }
    Long personId = inserts == null ? null : inserts.add(person, salary);
    return new CandidateOutcome(candidate.row(), Status.NEW, personId, List.of(), List.of());
  }

  private static CandidateOutcome update(
      ChangeSession session,
      BulkLookups lookups,
      List<SalaryRow> storedSalaries,
      PersonCandidate candidate,
      PersonEntity existing) {
    PersonData stored = existing.toData();
    PersonData merged = overlay(stored, candidate.person());
    List<String> changed = changedFields(stored, merged);
    SalaryChange salaryChange = salaryChange(storedSalaries, candidate.salary());

    List<FieldProblem> problems = new ArrayList<>();
    if (!changed.isEmpty()) {
      try {
        PersonOperations.update(session, lookups, existing.getId(), merged);
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
    if (!changed.isEmpty() || salaryChange.row() != null) {
      // An update leaves its person and rows managed; without the clear every later query of the
      // chunk would compare them all for changes first.
      detachWritten(session.em());
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
    RecordComponents components = RecordComponents.of(PersonData.class);
    Object[] values = new Object[components.count()];
    for (int i = 0; i < values.length; i++) {
      Object storedValue = components.read(i, stored);
      Object candidateValue = components.read(i, candidate);
      if (candidateValue instanceof String text) {
        candidateValue = Texts.clean(text);
      }
      values[i] = candidateValue != null ? candidateValue : storedValue;
    }
    PersonData merged = construct(components, values).toBuilder().version(stored.version()).build();

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

  private static PersonData construct(RecordComponents components, Object[] values) {
    try {
      return (PersonData) components.construct(values);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("Cannot construct PersonData", e.getCause());
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

  private static SalaryChange salaryChange(List<SalaryRow> storedRows, SalaryRow candidate) {
    if (candidate == null) {
      return new SalaryChange(null, null);
    }
    for (SalaryRow stored : storedRows) {
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
