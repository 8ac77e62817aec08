package vn.hoso.records.internal.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Sets of three distinct words of a person's names: the keys of {@code person_name_triple} (folded
 * words) and {@code person_name_exact_triple} (exact words).
 *
 * <p>A key is the three words sorted by their UTF-8 bytes and joined by single spaces, so "nguyen
 * van an" and "an nguyen van" both give {@code an nguyen van}. H2 and PostgreSQL compare words cast
 * to {@code BYTEA} in the same order, whatever the database's collation, which lets migration V13
 * build the same keys in SQL for the people stored before it.
 *
 * <p>A person with n distinct words has n(n-1)(n-2)/6 triples. A person with more than {@link
 * #MAX_WORDS} distinct exact words gets none: their folded rows are the single {@link #NOT_STORED}
 * row, and a search must find them by their single words.
 */
public final class WordTriples {

  /**
   * The maximum number of distinct exact words whose triples are stored: 10 words give 120 triples.
   * A person has at least as many distinct exact words as folded ones.
   */
  public static final int MAX_WORDS = 10;

  /**
   * The key of the folded row that marks a person whose triples are not stored. No triple has it,
   * because words never contain "*": {@link SearchTokens} splits words at punctuation.
   */
  public static final String NOT_STORED = "*";

  /** Maximum length of a key: three words of {@link SearchTokens#MAX_LENGTH} and two spaces. */
  public static final int MAX_KEY_LENGTH = 3 * SearchTokens.MAX_LENGTH + 2;

  private static final Comparator<String> UTF8_ORDER =
      Comparator.comparing(
          (String word) -> word.getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned);

  private WordTriples() {}

  /**
   * Returns the key of three distinct words.
   *
   * @throws IllegalArgumentException when there are not exactly three distinct words
   */
  public static String key(Collection<String> words) {
    List<String> sorted = sortedDistinct(words);
    if (sorted.size() != 3) {
      throw new IllegalArgumentException("A triple needs three distinct words, not " + words);
    }
    return String.join(" ", sorted);
  }

  /** Returns the keys of every set of three of the distinct words, in a fixed order. */
  public static List<String> keys(Collection<String> words) {
    List<String> sorted = sortedDistinct(words);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        for (int k = j + 1; k < sorted.size(); k++) {
          keys.add(sorted.get(i) + " " + sorted.get(j) + " " + sorted.get(k));
        }
      }
    }
    return keys;
  }

  /** Returns whether the triples of a person with these distinct exact words are stored. */
  public static boolean stored(Collection<String> exactWords) {
    return new LinkedHashSet<>(exactWords).size() <= MAX_WORDS;
  }

  /**
   * Returns the keys of a person's {@code person_name_triple} rows: the triples of the folded
   * words, or {@link #NOT_STORED} alone when the person has more than {@link #MAX_WORDS} exact
   * words.
   */
  public static List<String> foldedRows(
      Collection<String> foldedWords, Collection<String> exactWords) {
    return stored(exactWords) ? keys(foldedWords) : List.of(NOT_STORED);
  }

  /**
   * Returns the keys of a person's {@code person_name_exact_triple} rows: the triples of the exact
   * words, or none when the person has more than {@link #MAX_WORDS} of them.
   */
  public static List<String> exactRows(Collection<String> exactWords) {
    return stored(exactWords) ? keys(exactWords) : List.of();
  }

  private static List<String> sortedDistinct(Collection<String> words) {
    List<String> sorted = new ArrayList<>(new LinkedHashSet<>(words));
    sorted.sort(UTF8_ORDER);
    return sorted;
  }
}
