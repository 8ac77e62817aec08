package vn.hoso.records.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.hoso.api.record.PersonName;
import vn.hoso.records.internal.testing.TestDatabase;
import vn.hoso.records.internal.text.NameKeys;
import vn.hoso.records.internal.text.PersonNames;
import vn.hoso.records.internal.text.WordTriples;

/**
 * Migration V13 on people stored before it: the triple rows it builds in SQL must equal those that
 * the record service and the demo writer build in Java ({@link NameKeys}).
 */
abstract class NameTriplesMigrationTestBase {

  /** Full names and other names (may be null) of the people stored before V13. */
  private static final List<String[]> NAMES =
      List.of(
          new String[] {"Nguyễn Văn An", null},
          new String[] {"Nguyễn Thị Thu Hà", null},
          new String[] {"Lê Văn Hòa", "Hoa"},
          new String[] {"Ngô Bảo Châu", "Ｚoë Øre 阮 zoe"},
          new String[] {"Đặng Đức Đạt", "Dat"},
          new String[] {"Lò Páo", null},
          new String[] {"Nguyễn Văn An", "Một Hai Ba Bốn Năm Sáu Bảy"},
          new String[] {"Nguyễn Văn An", "Một Hai Ba Bốn Năm Sáu Bảy Tám"});

  /** Returns the empty database to migrate, or null to skip the tests after logging why. */
  abstract DataSource openDataSource();

  @Test
  void migrationBuildsTheTriplesOfStoredPeople() throws SQLException {
    DataSource dataSource = openDataSource();
    Assumptions.assumeTrue(dataSource != null, "No database for this class; its warning says why");
    Flyway before = TestDatabase.flyway(dataSource, "12");
    before.clean();
    before.migrate();
    List<NameKeys> keys = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      for (int i = 0; i < NAMES.size(); i++) {
        keys.add(insertPerson(connection, i + 1, NAMES.get(i)[0], NAMES.get(i)[1]));
      }
    }

    TestDatabase.flyway(dataSource, null).migrate();

    for (int i = 0; i < NAMES.size(); i++) {
      String name = String.join(", ", NAMES.get(i)[0], String.valueOf(NAMES.get(i)[1]));
      assertEquals(
          sorted(keys.get(i).triples()),
          words(dataSource, "person_name_triple", i + 1),
          "folded triples of " + name);
      assertEquals(
          sorted(keys.get(i).exactTriples()),
          words(dataSource, "person_name_exact_triple", i + 1),
          "exact triples of " + name);
    }
    assertEquals(List.of(WordTriples.NOT_STORED), keys.get(NAMES.size() - 1).triples());
    assertEquals(120, keys.get(NAMES.size() - 2).triples().size());
    assertEquals(4, keys.get(2).exactTriples().size());
    assertEquals(1, keys.get(2).triples().size());
  }

  /** Inserts a person with the columns of V12 and their word rows, as the record service did. */
  private static NameKeys insertPerson(
      Connection connection, long id, String fullName, String otherNames) throws SQLException {
    PersonName name = PersonNames.derive(fullName);
    NameKeys keys = NameKeys.of(name, otherNames);
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO person (id, version, category, full_name, family_name, middle_name,"
                + " given_name, other_names, birth_date, birth_date_precision, sex,"
                + " identity_number_legacy, sort_key, search_key, name_exact)"
                + " VALUES (?, 1, 'CONG_CHUC', ?, ?, ?, ?, ?, ?, 'DAY', 'MALE', FALSE, ?, ?, ?)")) {
      statement.setLong(1, id);
      statement.setString(2, name.fullName());
      statement.setString(3, name.familyName());
      statement.setString(4, name.middleName());
      statement.setString(5, name.givenName());
      statement.setString(6, otherNames);
      statement.setDate(7, Date.valueOf(LocalDate.of(1985, 5, 20)));
      statement.setBytes(8, keys.sortKey());
      statement.setString(9, keys.searchKey());
      statement.setString(10, keys.nameExact());
      statement.executeUpdate();
    }
    insertWords(connection, "person_name_token", id, keys.tokens(), keys.sortKey());
    insertWords(connection, "person_name_exact_token", id, keys.exactTokens(), keys.sortKey());
    return keys;
  }

  private static void insertWords(
      Connection connection, String table, long personId, List<String> words, byte[] sortKey)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO " + table + " (person_id, token, sort_key) VALUES (?, ?, ?)")) {
      for (String word : words) {
        statement.setLong(1, personId);
        statement.setString(2, word);
        statement.setBytes(3, sortKey);
        statement.executeUpdate();
      }
    }
  }

  private static List<String> words(DataSource dataSource, String table, long personId)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT words FROM " + table + " WHERE person_id = ?")) {
      statement.setLong(1, personId);
      List<String> words = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          words.add(rows.getString(1));
        }
      }
      return sorted(words);
    }
  }

  private static List<String> sorted(List<String> words) {
    return words.stream().sorted().toList();
  }
}
