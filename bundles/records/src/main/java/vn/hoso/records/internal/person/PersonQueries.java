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
import vn.hoso.records.internal.text.WordTriples;
import vn.hoso.records.internal.unit.Scopes;
import vn.hoso.records.internal.unit.UnitEntity;

/**
 * The people list: filters and order run in SQL on indexed columns, one page at a time.
 *
 * <p>A search for one word reads the people from the word's index rows, which list them in name
 * order ({@code person_name_token (token, sort_key, person_id)}), and checks the filters on each.
 * Walking {@code person} in name order instead took seconds for a given name that sorts late,
 * because the name order starts with the given name. A search for three words or more reads the
 * index rows of one of its triples ({@code person_name_triple (words, sort_key, person_id)}) the
 * same way, because a triple has far fewer people than any of its words. A search for two words
 * requires each word in a subquery and leaves the plan to the database.
 *
 * <p>A search typed with diacritics lists the people whose names contain its words exactly first,
 * each group in the requested order. The groups are two queries, the first read from {@code
 * person_name_exact_token} or {@code person_name_exact_triple}, so that neither has to rank every
 * match of a common name.
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

  /**
   * The index rows that a search reads in name order, joined as {@code d}: the rows of one key, a
   * word or a triple, in a token or triple entity.
   *
   * @param keyField the entity's field that contains the key
   * @param words the words of the key, in the entity's form, which the query need not check again
   */
  private record Driver(String entity, String keyField, String key, Set<String> words) {

    /** Returns whether the key is of exact words. */
    boolean exact() {
      return entity.equals(EXACT_TOKENS) || entity.equals(EXACT_TRIPLES);
    }
  }

  private static final String TOKENS = "PersonNameTokenEntity";
  private static final String EXACT_TOKENS = "PersonNameExactTokenEntity";
  private static final String TRIPLES = "PersonNameTripleEntity";
  private static final String EXACT_TRIPLES = "PersonNameExactTripleEntity";

  /**
   * The number of query words whose triples a search compares to find the one with the fewest
   * people. Six words give 20 triples. The words after them are checked on each person.
   */
  private static final int TRIPLE_CANDIDATE_WORDS = 6;

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
      Set<String> folded = exactByFolded.keySet();
      Driver driver = foldedDriver(em, folded);
      String orderBy;
      if (query.sort() == PersonSort.BIRTH_DATE) {
        orderBy = "p.birthDate" + direction + ", p.id" + direction;
      } else if (driver != null) {
        orderBy = "d.sortKey" + direction + ", d.personId" + direction;
      } else {
        orderBy = "p.sortKey" + direction + ", p.id" + direction;
      }
      String subject = driver == null ? "p.id" : "d.personId";
      matches =
          selection(
              driver,
              filters.and(wordConditions(folded, covered(driver, false), TOKENS, subject)),
              orderBy);
      if (SearchTokens.hasDiacritics(query.text())) {
        Set<String> exactWords = new LinkedHashSet<>();
        words.forEach(word -> exactWords.add(word.exact()));
        Driver exactDriver = exactDriver(driver, exactByFolded);
        // The folded words that the exact ones imply are left out. PostgreSQL takes a word and
        // its exact form for independent conditions, expects few people to have both, and then
        // sorts all of them: 230 ms for the 12,000 people named "Ngô" among the people
        // benchmark's 1,000,000.
        Set<String> foldedToCheck = new LinkedHashSet<>(folded);
        foldedToCheck.removeAll(impliedFoldedWords(em, words));
        Selection exact =
            selection(
                exactDriver,
                filters
                    .and(
                        wordConditions(foldedToCheck, covered(exactDriver, false), TOKENS, subject))
                    .and(
                        wordConditions(
                            exactWords, covered(exactDriver, true), EXACT_TOKENS, subject)),
                orderBy);
        Where allExact =
            allExactWords(
                exactDriver != null && exactDriver.exact() ? exactDriver : null,
                exactWords,
                subject);
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
   * Returns the index rows that a search for these distinct folded words reads in name order, or
   * null when it leaves the plan to the database.
   *
   * <p>One word is read from its rows in {@code person_name_token}. Three words or more are read
   * from the rows of one of their triples in {@code person_name_triple}, the one with the fewest
   * rows, and the other words are checked on each person. Two words, and searches that a person
   * without stored triples matches, require each word in a subquery. Reading one word's rows in
   * name order there can pass most of them before the first match, because the matches of the other
   * words cluster where the name order puts them.
   */
  private static Driver foldedDriver(EntityManager em, Set<String> words) {
    if (words.size() == 1) {
      return new Driver(TOKENS, "token", words.iterator().next(), words);
    }
    if (words.size() < 3 || matchesPersonWithoutTriples(em, words)) {
      return null;
    }
    String key = rarestTriple(em, words);
    return new Driver(TRIPLES, "words", key, Set.of(key.split(" ")));
  }

  /**
   * Returns the index rows that the exact matches are read from in name order: the exact form of
   * the folded driver's word or triple, or the folded driver itself when its words do not have
   * distinct exact forms.
   */
  private static Driver exactDriver(Driver folded, Map<String, String> exactByFolded) {
    if (folded == null) {
      return null;
    }
    Set<String> exactWords = new LinkedHashSet<>();
    folded.words().forEach(word -> exactWords.add(exactByFolded.get(word)));
    if (exactWords.size() != folded.words().size()) {
      return folded;
    }
    if (folded.entity().equals(TOKENS)) {
      return new Driver(EXACT_TOKENS, "token", exactWords.iterator().next(), exactWords);
    }
    return new Driver(EXACT_TRIPLES, "words", WordTriples.key(exactWords), exactWords);
  }

  /**
   * Returns whether a person whose triples are not stored ({@link WordTriples#NOT_STORED}) has all
   * the folded words. The query starts from those people's marker rows, so it reads few rows unless
   * many people have more than {@link WordTriples#MAX_WORDS} distinct words.
   */
  private static boolean matchesPersonWithoutTriples(EntityManager em, Set<String> words) {
    Where all = wordConditions(words, Set.of(), TOKENS, "m.personId");
    TypedQuery<Long> query =
        em.createQuery(
            "SELECT m.personId FROM PersonNameTripleEntity m WHERE m.words = :notStored AND "
                + String.join(" AND ", all.conditions()),
            Long.class);
    query.setParameter("notStored", WordTriples.NOT_STORED);
    all.parameters().forEach(query::setParameter);
    return !query.setMaxResults(1).getResultList().isEmpty();
  }

  /**
   * Returns the key of the triple of the words with the fewest people, counted in its index rows.
   * The triples are those of the first {@link #TRIPLE_CANDIDATE_WORDS} words, at most 20.
   */
  private static String rarestTriple(EntityManager em, Set<String> words) {
    List<String> candidates =
        WordTriples.keys(words.stream().limit(TRIPLE_CANDIDATE_WORDS).toList());
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    Map<String, Long> people = new HashMap<>();
    em.createQuery(
            "SELECT t.words, COUNT(t.personId) FROM PersonNameTripleEntity t"
                + " WHERE t.words IN :candidates GROUP BY t.words",
            Object[].class)
        .setParameter("candidates", candidates)
        .getResultList()
        .forEach(row -> people.put((String) row[0], ((Number) row[1]).longValue()));
    String rarest = candidates.get(0);
    for (String candidate : candidates) {
      if (people.getOrDefault(candidate, 0L) < people.getOrDefault(rarest, 0L)) {
        rarest = candidate;
      }
    }
    return rarest;
  }

  /**
   * Returns the selection that reads the people from the driver's index rows, joined as {@code d},
   * or without a join when the driver is null.
   */
  private static Selection selection(Driver driver, Where where, String orderBy) {
    if (driver == null) {
      return new Selection("", where, orderBy);
    }
    Where join =
        new Where(
            List.of("d." + driver.keyField() + " = :drivingKey", "d.personId = p.id"),
            Map.of("drivingKey", driver.key()));
    return new Selection(", " + driver.entity() + " d", join.and(where), orderBy);
  }

  /**
   * Returns the conditions that the subject has all the exact words. With an exact driver that is
   * one subquery, which reads the driver's key and checks the other words on each of its people.
   * Testing each word in a subquery of its own made PostgreSQL hash all the people of a common word
   * such as "thị" (188,000 rows) to exclude them.
   */
  private static Where allExactWords(Driver exactDriver, Set<String> words, String subject) {
    if (exactDriver == null) {
      return wordConditions(words, Set.of(), EXACT_TOKENS, subject);
    }
    Where others = wordConditions(words, exactDriver.words(), EXACT_TOKENS, "exactKeyT.personId");
    StringBuilder keyCondition =
        new StringBuilder(subject)
            .append(" IN (SELECT exactKeyT.personId FROM ")
            .append(exactDriver.entity())
            .append(" exactKeyT WHERE exactKeyT.")
            .append(exactDriver.keyField())
            .append(" = :exactKey");
    for (String condition : others.conditions()) {
      keyCondition.append(" AND ").append(condition);
    }
    keyCondition.append(")");
    Map<String, Object> parameters = new HashMap<>(others.parameters());
    parameters.put("exactKey", exactDriver.key());
    return new Where(List.of(keyCondition.toString()), parameters);
  }

  /**
   * Returns the folded words that every person with the exact form of the word has too, so that a
   * query for the exact forms need not check them.
   *
   * <p>The exact form keeps the letters, so it gives the folded form, with two exceptions. A word
   * cut to {@link SearchTokens#MAX_LENGTH} may have lost letters. And a trailing digit from 1 to 5
   * is either the tone or a digit of the word: "a1" is the exact form of both "À" (folded "a") and
   * "A1" (folded "a1"). Such a word implies its folded form only when no person has the folded form
   * of the other reading.
   */
  private static Set<String> impliedFoldedWords(EntityManager em, List<Token> words) {
    Set<String> implied = new LinkedHashSet<>();
    for (Token word : words) {
      String exact = word.exact();
      if (exact.length() >= SearchTokens.MAX_LENGTH) {
        continue;
      }
      char last = exact.charAt(exact.length() - 1);
      if (last < '1' || last > '5' || exact.length() == 1) {
        implied.add(word.folded());
        continue;
      }
      String digitInWord = SearchTokens.of(exact).get(0).folded();
      String digitAsTone = SearchTokens.of(exact.substring(0, exact.length() - 1)).get(0).folded();
      String otherReading = word.folded().equals(digitInWord) ? digitAsTone : digitInWord;
      boolean otherReadingStored =
          !em.createQuery(
                  "SELECT t.personId FROM PersonNameTokenEntity t WHERE t.token = :word",
                  Long.class)
              .setParameter("word", otherReading)
              .setMaxResults(1)
              .getResultList()
              .isEmpty();
      if (!otherReadingStored) {
        implied.add(word.folded());
      }
    }
    return implied;
  }

  /** Returns the words of the driver's key when they are of the given form, else none. */
  private static Set<String> covered(Driver driver, boolean exact) {
    return driver != null && driver.exact() == exact ? driver.words() : Set.of();
  }

  /**
   * Returns the conditions that each word is among the person's name words in a token entity, each
   * looked up in its primary key, leaving out the words that the driver covers.
   *
   * @param entity {@link #TOKENS} for the folded words, {@link #EXACT_TOKENS} for the exact ones
   * @param subject the person's identifier in the query: {@code d.personId} when the query reads a
   *     driver's rows, so that the database checks the conditions before reading the person
   */
  private static Where wordConditions(
      Set<String> words, Set<String> covered, String entity, String subject) {
    String prefix = entity.equals(TOKENS) ? "word" : "exact";
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    int i = 0;
    for (String word : words) {
      i++;
      if (covered.contains(word)) {
        continue;
      }
      String alias = prefix + "T" + i;
      String parameter = prefix + i;
      conditions.add(
          subject
              + " IN (SELECT "
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
