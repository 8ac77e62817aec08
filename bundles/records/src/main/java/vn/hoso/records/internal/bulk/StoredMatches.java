package vn.hoso.records.internal.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import vn.hoso.api.personnel.PersonCandidate;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.personnel.history.SalaryRow;
import vn.hoso.records.internal.history.HistoryOperations;
import vn.hoso.records.internal.person.PersonEntity;
import vn.hoso.records.internal.text.Texts;

/**
 * The stored people that the candidates of one chunk may match, read with one query per kind of
 * number, and the salary rows of those people.
 */
final class StoredMatches {

  private final Set<String> identityNumbers;
  private final Map<String, PersonEntity> byIdentityNumber;
  private final Map<String, PersonEntity> byCivilServantNumber;
  private final Map<Long, List<SalaryRow>> salaries;

  private StoredMatches(
      Set<String> identityNumbers,
      Map<String, PersonEntity> byIdentityNumber,
      Map<String, PersonEntity> byCivilServantNumber,
      Map<Long, List<SalaryRow>> salaries) {
    this.identityNumbers = identityNumbers;
    this.byIdentityNumber = byIdentityNumber;
    this.byCivilServantNumber = byCivilServantNumber;
    this.salaries = salaries;
  }

  static StoredMatches read(EntityManager em, List<PersonCandidate> chunk) {
    Set<String> identityNumbers = new LinkedHashSet<>();
    Set<String> civilServantNumbers = new LinkedHashSet<>();
    for (PersonCandidate candidate : chunk) {
      addIfPresent(identityNumbers, candidate.person().identityNumber());
      addIfPresent(civilServantNumbers, candidate.person().civilServantNumber());
    }

    Map<String, PersonEntity> byIdentityNumber = new HashMap<>();
    for (PersonEntity person : people(em, "identityNumber", identityNumbers)) {
      byIdentityNumber.putIfAbsent(person.getIdentityNumber(), person);
    }
    Map<String, PersonEntity> byCivilServantNumber = new HashMap<>();
    for (PersonEntity person : people(em, "civilServantNumber", civilServantNumbers)) {
      byCivilServantNumber.putIfAbsent(person.getCivilServantNumber(), person);
    }

    Set<Long> matchedIds = new LinkedHashSet<>();
    byIdentityNumber.values().forEach(person -> matchedIds.add(person.getId()));
    byCivilServantNumber.values().forEach(person -> matchedIds.add(person.getId()));
    Map<Long, List<SalaryRow>> salaries =
        HistoryOperations.listForPeople(em, matchedIds, HistoryKind.SALARY);
    return new StoredMatches(identityNumbers, byIdentityNumber, byCivilServantNumber, salaries);
  }

  /** Returns the cleaned identity numbers of the chunk's candidates. */
  Set<String> identityNumbers() {
    return identityNumbers;
  }

  /** Returns the ids of the stored holders of the chunk's identity numbers, by number. */
  Map<String, List<Long>> identityNumberHolders() {
    Map<String, List<Long>> holders = new HashMap<>();
    byIdentityNumber.forEach((number, person) -> holders.put(number, List.of(person.getId())));
    return holders;
  }

  /**
   * Returns the stored person with the candidate's identity number, or else with its civil servant
   * number, or null.
   */
  PersonEntity match(PersonData candidate) {
    String identityNumber = Texts.clean(candidate.identityNumber());
    PersonEntity found = identityNumber == null ? null : byIdentityNumber.get(identityNumber);
    if (found != null) {
      return found;
    }
    String civilServantNumber = Texts.clean(candidate.civilServantNumber());
    return civilServantNumber == null ? null : byCivilServantNumber.get(civilServantNumber);
  }

  /** Returns the salary rows of a matched person in their natural order. */
  List<SalaryRow> salaries(long personId) {
    return salaries.getOrDefault(personId, List.of());
  }

  private static List<PersonEntity> people(EntityManager em, String field, Set<String> numbers) {
    if (numbers.isEmpty()) {
      return List.of();
    }
    return new ArrayList<>(
        em.createQuery(
                "SELECT p FROM PersonEntity p WHERE p." + field + " IN :numbers",
                PersonEntity.class)
            .setParameter("numbers", numbers)
            .getResultList());
  }

  private static void addIfPresent(Set<String> numbers, String number) {
    String cleaned = Texts.clean(number);
    if (cleaned != null) {
      numbers.add(cleaned);
    }
  }
}
