package vn.hoso.records.internal.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import vn.hoso.api.personnel.PersonSort;
import vn.hoso.api.personnel.PersonSummary;
import vn.hoso.api.personnel.RecordNotFoundException;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.records.internal.text.SearchTokens;
import vn.hoso.records.internal.text.SearchTokens.Token;
import vn.hoso.records.internal.unit.Scopes;
import vn.hoso.records.internal.unit.UnitEntity;

/**
 * The people list: filters and order run in SQL on indexed columns, one page at a time.
 *
 * <p>A search for one word reads the people from the word's index rows, which list them in name
 * order ({@code person_name_token (token, sort_key, person_id)}), and checks the filters on each.
 * Walking {@code person} in name order instead took seconds for a given name that sorts late,
 * because the name order starts with the given name. A search for several words requires each word
 * in a subquery and leaves the plan to the database.
 *
 * <p>A search typed with diacritics lists the people whose names contain its words exactly first,
 * each group in the requested order. The groups are two queries, the first read from {@code
 * person_name_exact_token}, so that neither has to rank every match of a common name.
 *
 * <p>The total counts at most a limit of matches, because an exact count of "nguyen" among a
 * million people reads a third of them.
 */
public final class PersonQueries {

  /** JPQL conditions joined by AND and the parameters they name. */
  private record Where(List<String> conditions, Map<String, Object> parameters) {

    Where {
      conditions = List.copyOf(conditions);
      parameters = Map.copyOf(parameters);
    }

    Where and(Where other) {
      List<String> allConditions = new ArrayList<>(conditions);
      allConditions.addAll(other.conditions());
      Map<String, Object> allParameters = new HashMap<>(parameters);
      allParameters.putAll(other.parameters());
      return new Where(allConditions, allParameters);
    }

    String clause() {
      return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
  }

  /**
   * One query of people: the entity joined as {@code d} whose index rows are read in order, if any,
   * the conditions, and the order.
   */
  private record Selection(String from, Where where, String orderBy) {

    String jpql(String select) {
      return "SELECT " + select + " FROM PersonEntity p" + from + where.clause();
    }
  }

  private PersonQueries() {}

  /**
   * Returns one page of the people in scope that match the query, counting up to {@link
   * PersonQuery#COUNT_LIMIT}, or {@link PersonQuery#SEARCH_COUNT_LIMIT} when it has text.
   */
  public static Page<PersonSummary> find(
      EntityManager em, UnitScope scope, PersonQuery query, LocalDate today) {
    boolean search = query.text() != null && !query.text().isBlank();
    return find(
        em, scope, query, today, search ? PersonQuery.SEARCH_COUNT_LIMIT : PersonQuery.COUNT_LIMIT);
  }

  /**
   * Returns one page of the people in scope that match the query.
   *
   * @param countLimit the maximum number of matches the total counts. Above it, the total is this
   *     number and not exact
   */
  public static Page<PersonSummary> find(
      EntityManager em, UnitScope scope, PersonQuery query, LocalDate today, int countLimit) {
    if (scope.isEmpty()) {
      return new Page<>(List.of(), query.page(), query.size(), 0);
    }
    if (query.unitId() != null && !Scopes.contains(em, scope, query.unitId())) {
      throw new RecordNotFoundException("unit", query.unitId());
    }
    Where filters = filters(scope, query, today);
    String direction = query.descending() ? " DESC" : "";
    int offset = query.page() * query.size();

    Selection matches;
    List<PersonEntity> people;
    if (query.text() == null || query.text().isBlank()) {
      String orderBy =
          query.sort() == PersonSort.NAME
              ? "p.sortKey" + direction + ", p.id" + direction
              : "p.birthDate" + direction + ", p.id" + direction;
      matches = new Selection("", filters, orderBy);
      people = select(em, scope, matches, offset, query.size());
    } else {
      List<Token> words = SearchTokens.of(query.text());
      if (words.isEmpty()) {
        return new Page<>(List.of(), query.page(), query.size(), 0);
      }
      // Distinct folded words, each with the exact form it was typed in first.
      Map<String, String> exactByFolded = new LinkedHashMap<>();
      words.forEach(word -> exactByFolded.putIfAbsent(word.folded(), word.exact()));
      // One word is read from its index rows in name order. For several words the database
      // chooses: reading one word's rows in name order can pass most of them before the first
      // match, because matches of the other words cluster where the name order puts them.
      String driver = exactByFolded.size() == 1 ? exactByFolded.keySet().iterator().next() : null;
      String orderBy;
      if (query.sort() == PersonSort.BIRTH_DATE) {
        orderBy = "p.birthDate" + direction + ", p.id" + direction;
      } else if (driver != null) {
        orderBy = "d.sortKey" + direction + ", d.personId" + direction;
      } else {
        orderBy = "p.sortKey" + direction + ", p.id" + direction;
      }
      matches =
          selection(
              "PersonNameTokenEntity",
              driver,
              filters.and(wordConditions(exactByFolded.keySet(), driver, "PersonNameTokenEntity")),
              orderBy);
      if (SearchTokens.hasDiacritics(query.text())) {
        Set<String> exactWords = new LinkedHashSet<>();
        words.forEach(word -> exactWords.add(word.exact()));
        String exactDriver = driver == null ? null : exactByFolded.get(driver);
        Selection exact =
            selection(
                "PersonNameExactTokenEntity",
                exactDriver,
                filters
                    .and(wordConditions(exactByFolded.keySet(), null, "PersonNameTokenEntity"))
                    .and(wordConditions(exactWords, exactDriver, "PersonNameExactTokenEntity")),
                orderBy);
        Where allExact = wordConditions(exactWords, null, "PersonNameExactTokenEntity");
        Selection others =
            new Selection(
                matches.from(),
                matches
                    .where()
                    .and(
                        new Where(
                            List.of("NOT (" + String.join(" AND ", allExact.conditions()) + ")"),
                            allExact.parameters())),
                orderBy);
        people = exactFirst(em, scope, exact, others, offset, query.size());
      } else {
        people = select(em, scope, matches, offset, query.size());
      }
    }

    long total;
    boolean totalExact = true;
    if (people.size() < query.size() && (!people.isEmpty() || offset == 0)) {
      // This page is the last one, so it gives the total without counting.
      total = offset + people.size();
    } else {
      long counted = countUpTo(em, scope, matches, countLimit + 1L);
      totalExact = counted <= countLimit;
      total = Math.min(counted, countLimit);
    }

    Map<Long, String> unitNames = unitNames(em, people);
    List<PersonSummary> items =
        people.stream()
            .map(p -> summary(p, p.getUnitId() == null ? null : unitNames.get(p.getUnitId())))
            .toList();
    return new Page<>(items, query.page(), query.size(), total, totalExact);
  }

  private static Where filters(UnitScope scope, PersonQuery query, LocalDate today) {
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
    return new Where(conditions, parameters);
  }

  /**
   * Returns the selection that reads the people from the index rows of one word in a token entity,
   * joined as {@code d}, or without a join when the word is null.
   */
  private static Selection selection(String entity, String word, Where where, String orderBy) {
    if (word == null) {
      return new Selection("", where, orderBy);
    }
    Where join =
        new Where(
            List.of("d.token = :drivingWord", "d.personId = p.id"), Map.of("drivingWord", word));
    return new Selection(", " + entity + " d", join.and(where), orderBy);
  }

  /**
   * Returns the conditions that each word is among the person's name words in a token entity, each
   * looked up in its primary key, leaving out the word that drives the query.
   *
   * @param entity {@code PersonNameTokenEntity} for the folded words, {@code
   *     PersonNameExactTokenEntity} for the exact ones
   * @param driver the word whose rows the query reads, or null
   */
  private static Where wordConditions(Set<String> words, String driver, String entity) {
    String prefix = entity.equals("PersonNameTokenEntity") ? "word" : "exact";
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    int i = 0;
    for (String word : words) {
      i++;
      if (word.equals(driver)) {
        continue;
      }
      String alias = prefix + "T" + i;
      String parameter = prefix + i;
      conditions.add(
          "p.id IN (SELECT "
              + alias
              + ".personId FROM "
              + entity
              + " "
              + alias
              + " WHERE "
              + alias
              + ".token = :"
              + parameter
              + ")");
      parameters.put(parameter, word);
    }
    return new Where(conditions, parameters);
  }

  /**
   * Returns one page of the matches, those whose names contain every word in its exact form first
   * (diacritics and tone included, tone placement ignored), then the others.
   *
   * <p>The first group is read from the page's offset. When it ends within the page, the page goes
   * on with the second group, whose offset is the page's offset less the size of the first group.
   * That size is known from the rows read, or counted when the first group ended before the page.
   */
  private static List<PersonEntity> exactFirst(
      EntityManager em, UnitScope scope, Selection exact, Selection others, int offset, int size) {
    List<PersonEntity> people = new ArrayList<>(select(em, scope, exact, offset, size));
    if (people.size() == size) {
      return people;
    }
    long exactCount =
        people.isEmpty() ? countUpTo(em, scope, exact, offset) : offset + people.size();
    people.addAll(
        select(em, scope, others, (int) Math.max(0, offset - exactCount), size - people.size()));
    return people;
  }

  private static List<PersonEntity> select(
      EntityManager em, UnitScope scope, Selection selection, int offset, int limit) {
    TypedQuery<PersonEntity> query =
        em.createQuery(
            selection.jpql("p") + " ORDER BY " + selection.orderBy(), PersonEntity.class);
    bind(query, scope, selection.where());
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  /**
   * Returns the number of matches, or {@code limit} when there are at least that many. It reads at
   * most {@code limit} identifiers instead of counting, so the database stops at the limit.
   */
  private static long countUpTo(
      EntityManager em, UnitScope scope, Selection selection, long limit) {
    if (limit <= 0) {
      return 0;
    }
    TypedQuery<Long> query = em.createQuery(selection.jpql("p.id"), Long.class);
    bind(query, scope, selection.where());
    return query.setMaxResults((int) Math.min(limit, Integer.MAX_VALUE)).getResultList().size();
  }

  private static void bind(Query query, UnitScope scope, Where where) {
    Scopes.bindPerson(query, scope);
    where.parameters().forEach(query::setParameter);
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
