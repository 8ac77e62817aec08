package vn.hoso.records.internal.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hoso.api.record.PersonName;
import vn.hoso.records.internal.text.SearchTokens.Token;

/**
 * The columns of {@code person} and of the search word tables ({@code person_name_token}, {@code
 * person_name_exact_token}, {@code person_name_triple}, {@code person_name_exact_triple}) that are
 * derived from the names, for writers that insert rows without the record service: the sort key,
 * the folded search key, the exact words, the folded words and their triples. The record service
 * computes the same values in {@code PersonOperations} and {@code PersonSearchIndex}; the demo data
 * tests compare the two.
 *
 * @param sortKey {@code person.sort_key}
 * @param searchKey {@code person.search_key}
 * @param nameExact {@code person.name_exact}
 * @param tokens the distinct folded words, one {@code person_name_token} row each
 * @param exactTokens the distinct exact words, one {@code person_name_exact_token} row each
 * @param triples the keys of the {@code person_name_triple} rows ({@link WordTriples#foldedRows})
 * @param exactTriples the keys of the {@code person_name_exact_triple} rows ({@link
 *     WordTriples#exactRows})
 */
public record NameKeys(
    byte[] sortKey,
    String searchKey,
    String nameExact,
    List<String> tokens,
    List<String> exactTokens,
    List<String> triples,
    List<String> exactTriples) {

  private static final int SEARCH_KEY_LENGTH = 200;
  private static final int NAME_EXACT_LENGTH = 500;

  /** Computes the keys of a person's name parts and other names (which may be null). */
  public static NameKeys of(PersonName name, String otherNames) {
    byte[] sortKey =
        VietnameseCollation.nameSortKey(name.givenName(), name.middleName(), name.familyName());
    String searchKey = VietnameseCollation.fold(name.fullName());
    if (searchKey.length() > SEARCH_KEY_LENGTH) {
      searchKey = searchKey.substring(0, SEARCH_KEY_LENGTH);
    }
    List<Token> words = new ArrayList<>(SearchTokens.of(name.fullName()));
    words.addAll(SearchTokens.of(otherNames));
    String exact = words.stream().map(Token::exact).collect(Collectors.joining(" ", " ", " "));
    if (exact.length() > NAME_EXACT_LENGTH) {
      exact = exact.substring(0, NAME_EXACT_LENGTH);
    }
    Set<String> folded = new LinkedHashSet<>();
    Set<String> exactWords = new LinkedHashSet<>();
    for (Token word : words) {
      folded.add(word.folded());
      exactWords.add(word.exact());
    }
    return new NameKeys(
        sortKey,
        searchKey,
        exact,
        List.copyOf(folded),
        List.copyOf(exactWords),
        WordTriples.foldedRows(folded, exactWords),
        WordTriples.exactRows(exactWords));
  }
}
