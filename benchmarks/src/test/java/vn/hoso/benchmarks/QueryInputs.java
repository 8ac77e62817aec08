package vn.hoso.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import vn.hoso.api.personnel.PersonQuery;
import vn.hoso.api.personnel.PersonSort;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.records.internal.text.VietnameseCollation;

/**
 * The queries of the people benchmark, drawn from the loaded data with a fixed seed: units and
 * categories for the list pages, and names of sampled people for the searches.
 */
final class QueryInputs {

  /** Names of the people in the sample, as stored (NFC, with diacritics). */
  record SampledName(String fullName, String familyName, String middleName, String givenName) {}

  /** How many people the search words come from. */
  private static final int SAMPLE_SIZE = 4_000;

  /**
   * The share of people that a rare given name has at most. The generator draws from 92 given
   * names, the rarest of which ("Thuý") 0.25% of a million people have, so rare means 0.5% or less.
   */
  private static final double RARE_WORD_SHARE = 0.005;

  private static final int PAGE_SIZE = 50;

  private final List<Long> rootUnits = new ArrayList<>();
  private final List<Long> otherUnits = new ArrayList<>();
  private final List<SampledName> names = new ArrayList<>();
  private final Map<String, Long> wordPeople = new HashMap<>();
  private long people;

  private QueryInputs() {}

  /** Reads the units, a sample of names and the number of people per search word. */
  static QueryInputs read(DataSource dataSource, long seed) throws SQLException {
    QueryInputs inputs = new QueryInputs();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement statement =
              connection.prepareStatement(
                  "SELECT id, parent_id FROM unit WHERE active AND EXISTS"
                      + " (SELECT 1 FROM unit_closure c JOIN person p ON p.unit_id = c.descendant_id"
                      + " WHERE c.ancestor_id = unit.id) ORDER BY id");
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          (rows.getObject(2) == null ? inputs.rootUnits : inputs.otherUnits).add(rows.getLong(1));
        }
      }
      try (PreparedStatement statement =
          connection.prepareStatement(
              "SELECT full_name, family_name, middle_name, given_name FROM person"
                  + " TABLESAMPLE BERNOULLI (?) REPEATABLE (?) ORDER BY id")) {
        inputs.people = count(connection);
        statement.setDouble(1, Math.min(100.0, 100.0 * SAMPLE_SIZE / inputs.people));
        statement.setLong(2, seed);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            inputs.names.add(
                new SampledName(
                    rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
          }
        }
      }
      try (PreparedStatement statement =
              connection.prepareStatement(
                  "SELECT token, COUNT(*) FROM person_name_token GROUP BY token");
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          inputs.wordPeople.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    return inputs;
  }

  /** Returns the number of people that have the folded word among their names. */
  long peopleWithWord(String folded) {
    return wordPeople.getOrDefault(folded, 0L);
  }

  int rootUnitCount() {
    return rootUnits.size();
  }

  int otherUnitCount() {
    return otherUnits.size();
  }

  /**
   * Returns {@code count} queries of every kind, in the order of {@link QueryKind}, drawn with the
   * seed; different seeds give different inputs, so the warm-up does not repeat the measured ones.
   */
  Map<QueryKind, List<PersonQuery>> queries(long seed, int count) {
    Map<QueryKind, List<PersonQuery>> queries = new LinkedHashMap<>();
    Random random = new Random(seed);
    for (QueryKind kind : QueryKind.values()) {
      List<PersonQuery> list = new ArrayList<>(count);
      Function<Random, PersonQuery> factory = factory(kind);
      for (int i = 0; i < count; i++) {
        list.add(factory.apply(random));
      }
      queries.put(kind, list);
    }
    return queries;
  }

  private Function<Random, PersonQuery> factory(QueryKind kind) {
    return switch (kind) {
      case UNIT_CATEGORY_PAGE -> this::unitCategoryPage;
      case CATEGORY_PAGE -> this::categoryPage;
      case FAMILY_NAME -> random -> search(fold(name(random).familyName()));
      case RARE_GIVEN_NAME -> this::rareGivenName;
      case TWO_WORDS -> this::twoWords;
      case THREE_WORDS -> this::threeWords;
      case FULL_NAME -> random -> search(fold(name(random).fullName()));
      case WITH_DIACRITICS -> this::withDiacritics;
    };
  }

  /** A unit subtree and one category, in name order; mostly the first page. */
  private PersonQuery unitCategoryPage(Random random) {
    List<Long> units = random.nextBoolean() ? rootUnits : otherUnits;
    long unit = units.get(random.nextInt(units.size()));
    boolean descending = random.nextInt(5) == 0;
    int page = random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(5);
    return new PersonQuery(
        null,
        unit,
        Set.of(category(random)),
        null,
        null,
        null,
        null,
        PersonSort.NAME,
        descending,
        page,
        PAGE_SIZE);
  }

  /** Everyone of one category, as an administrator's list opens, in name or birth date order. */
  private PersonQuery categoryPage(Random random) {
    PersonSort sort = random.nextInt(4) == 0 ? PersonSort.BIRTH_DATE : PersonSort.NAME;
    int page = random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(9);
    return new PersonQuery(
        null,
        null,
        Set.of(category(random)),
        null,
        null,
        null,
        null,
        sort,
        random.nextInt(5) == 0,
        page,
        PAGE_SIZE);
  }

  /** A given name that at most {@link #RARE_WORD_SHARE} of the people have, typed without marks. */
  private PersonQuery rareGivenName(Random random) {
    long limit = Math.max(1, Math.round(people * RARE_WORD_SHARE));
    for (int attempt = 0; attempt < 10_000; attempt++) {
      String given = fold(name(random).givenName());
      long withWord = peopleWithWord(given);
      if (withWord > 0 && withWord <= limit && !given.contains(" ")) {
        return search(given);
      }
    }
    throw new IllegalStateException("No given name of at most " + limit + " people in the sample");
  }

  /** Family and given name, or middle and given name, typed without marks. */
  private PersonQuery twoWords(Random random) {
    SampledName name = name(random);
    String first = random.nextBoolean() ? name.familyName() : lastWord(name.middleName());
    if (first == null || first.isBlank()) {
      first = name.familyName();
    }
    return search(fold(first + " " + name.givenName()));
  }

  /** The last three words of a full name, typed without marks. */
  private PersonQuery threeWords(Random random) {
    String[] words = fold(name(random).fullName()).split(" ");
    int from = Math.max(0, words.length - 3);
    return search(String.join(" ", List.of(words).subList(from, words.length)));
  }

  /**
   * A query typed with diacritics: a family name, a given name or a full name as stored, a third of
   * them in decomposed form (NFD), as some keyboards send.
   */
  private PersonQuery withDiacritics(Random random) {
    SampledName name = name(random);
    String text =
        switch (random.nextInt(3)) {
          case 0 -> name.familyName();
          case 1 -> name.givenName();
          default -> name.fullName();
        };
    if (random.nextInt(3) == 0) {
      text = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
    }
    return search(text);
  }

  private SampledName name(Random random) {
    return names.get(random.nextInt(names.size()));
  }

  private static PersonCategory category(Random random) {
    int draw = random.nextInt(10);
    if (draw < 5) {
      return PersonCategory.CONG_CHUC;
    }
    if (draw < 8) {
      return PersonCategory.VIEN_CHUC;
    }
    return draw == 8 ? PersonCategory.NGUOI_LAO_DONG : PersonCategory.CAN_BO;
  }

  private static PersonQuery search(String text) {
    return new PersonQuery(
        text, null, Set.of(), null, null, null, null, PersonSort.NAME, false, 0, PAGE_SIZE);
  }

  private static String fold(String text) {
    return VietnameseCollation.fold(text);
  }

  private static String lastWord(String words) {
    if (words == null || words.isBlank()) {
      return null;
    }
    String[] parts = words.strip().split(" ");
    return parts[parts.length - 1];
  }

  private static long count(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM person");
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
