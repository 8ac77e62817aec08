package vn.hoso.records.internal.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import javax.persistence.TypedQuery;
import vn.hoso.api.personnel.Page;
import vn.hoso.api.personnel.PersonQuery;
import vn.hoso.api.personnel.PersonSummary;
import vn.hoso.api.personnel.RecordNotFoundException;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.records.internal.text.SearchTokens;
import vn.hoso.records.internal.text.SearchTokens.Token;
import vn.hoso.records.internal.unit.Scopes;
import vn.hoso.records.internal.unit.UnitEntity;

/** The people list: filters and order run in SQL on indexed columns, one page at a time. */
public final class PersonQueries {

  private PersonQueries() {}

  public static Page<PersonSummary> find(
      EntityManager em, UnitScope scope, PersonQuery query, LocalDate today) {
    if (scope.isEmpty()) {
      return new Page<>(List.of(), query.page(), query.size(), 0);
    }
    if (query.unitId() != null && !Scopes.contains(em, scope, query.unitId())) {
      throw new RecordNotFoundException("unit", query.unitId());
    }
    LocalDate ageDate = query.ageDate() == null ? today : query.ageDate();

    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    String scopeCondition = Scopes.personCondition(scope, "p.unitId", "p.id");
    if (scopeCondition != null) {
      conditions.add(scopeCondition);
    }
    if (query.unitId() != null) {
      conditions.add(
          "p.unitId IN (SELECT uc.descendantId FROM UnitClosureEntity uc"
              + " WHERE uc.ancestorId = :unitId)");
      parameters.put("unitId", query.unitId());
    }
    if (!query.categories().isEmpty()) {
      conditions.add("p.category IN :categories");
      parameters.put("categories", List.copyOf(query.categories()));
    }
    if (query.rankCode() != null) {
      conditions.add("p.rankCode = :rankCode");
      parameters.put("rankCode", query.rankCode());
    }
    if (query.minAge() != null) {
      // At least minAge years old: born on or before the date minAge years back.
      conditions.add("p.birthDate <= :bornOnOrBefore");
      parameters.put("bornOnOrBefore", ageDate.minusYears(query.minAge()));
    }
    if (query.maxAge() != null) {
      // At most maxAge years old: not yet maxAge + 1, so born after that many years back.
      conditions.add("p.birthDate > :bornAfter");
      parameters.put("bornAfter", ageDate.minusYears(query.maxAge() + 1L));
    }
    String relevance = null;
    Map<String, Object> rankParameters = new HashMap<>();
    if (query.text() != null && !query.text().isBlank()) {
      List<Token> words = SearchTokens.of(query.text());
      if (words.isEmpty()) {
        return new Page<>(List.of(), query.page(), query.size(), 0);
      }
      addWordConditions(words, conditions, parameters);
      if (SearchTokens.hasDiacritics(query.text())) {
        relevance = exactMatchRank(words, rankParameters);
      }
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    String direction = query.descending() ? " DESC" : "";
    String orderBy =
        switch (query.sort()) {
          case NAME -> "p.sortKey" + direction + ", p.id" + direction;
          case BIRTH_DATE -> "p.birthDate" + direction + ", p.id" + direction;
        };

    // With a relevance rank, the rank is selected under an alias and sorts first.
    TypedQuery<Object[]> rows =
        em.createQuery(
            "SELECT p"
                + (relevance == null ? ", p.id" : ", " + relevance + " AS relevance")
                + " FROM PersonEntity p"
                + where
                + " ORDER BY "
                + (relevance == null ? "" : "relevance, ")
                + orderBy,
            Object[].class);
    Query count = em.createQuery("SELECT COUNT(p) FROM PersonEntity p" + where);
    for (Query q : List.of(rows, count)) {
      Scopes.bindPerson(q, scope);
      parameters.forEach(q::setParameter);
    }
    rankParameters.forEach(rows::setParameter);
    List<PersonEntity> people =
        rows
            .setFirstResult(query.page() * query.size())
            .setMaxResults(query.size())
            .getResultList()
            .stream()
            .map(row -> (PersonEntity) row[0])
            .toList();
    long total = ((Number) count.getSingleResult()).longValue();

    Map<Long, String> unitNames = unitNames(em, people);
    List<PersonSummary> items =
        people.stream()
            .map(p -> summary(p, p.getUnitId() == null ? null : unitNames.get(p.getUnitId())))
            .toList();
    return new Page<>(items, query.page(), query.size(), total);
  }

  /**
   * Requires every word of the text among the person's name words, each looked up in the index of
   * {@code person_name_token}.
   */
  private static void addWordConditions(
      List<Token> words, List<String> conditions, Map<String, Object> parameters) {
    Set<String> distinct = new LinkedHashSet<>();
    words.forEach(word -> distinct.add(word.folded()));
    int i = 0;
    for (String word : distinct) {
      String parameter = "word" + i;
      conditions.add(
          "p.id IN (SELECT t"
              + i
              + ".personId FROM PersonNameTokenEntity t"
              + i
              + " WHERE t"
              + i
              + ".token = :"
              + parameter
              + ")");
      parameters.put(parameter, word);
      i++;
    }
  }

  /**
   * Returns the JPQL expression that ranks a person 0 when their names contain every word of the
   * text in its exact form (diacritics and tone included, tone placement ignored), and 1 otherwise.
   * It uses LOCATE because the JPQL parser of EclipseLink 2.7 rejects LIKE inside CASE WHEN. The
   * spaces around each word make it match whole words only.
   */
  private static String exactMatchRank(List<Token> words, Map<String, Object> parameters) {
    List<String> tests = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String parameter = "exact" + i;
      tests.add("LOCATE(:" + parameter + ", p.nameExact) > 0");
      parameters.put(parameter, " " + words.get(i).exact() + " ");
    }
    return "CASE WHEN " + String.join(" AND ", tests) + " THEN 0 ELSE 1 END";
  }

  private static Map<Long, String> unitNames(EntityManager em, List<PersonEntity> people) {
    Set<Long> unitIds =
        people.stream()
            .map(PersonEntity::getUnitId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    if (unitIds.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery("SELECT u FROM UnitEntity u WHERE u.id IN :ids", UnitEntity.class)
        .setParameter("ids", List.copyOf(unitIds))
        .getResultList()
        .stream()
        .collect(Collectors.toMap(UnitEntity::getId, UnitEntity::getName));
  }

  private static PersonSummary summary(PersonEntity person, String unitName) {
    return new PersonSummary(
        person.getId(),
        person.getVersion(),
        person.getFullName(),
        person.getFamilyName(),
        person.getMiddleName(),
        person.getGivenName(),
        person.getCategory(),
        person.getSex(),
        person.getBirthDate(),
        person.getUnitId(),
        unitName,
        person.getRankCode(),
        person.getSalaryStep(),
        person.getSalaryCoefficient(),
        person.getJobPosition());
  }
}
