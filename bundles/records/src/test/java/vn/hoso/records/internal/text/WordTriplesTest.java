package vn.hoso.records.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WordTriplesTest {

  @Test
  void keyIgnoresWordOrder() {
    String key = WordTriples.key(List.of("nguyen", "van", "an"));

    assertEquals("an nguyen van", key);
    assertEquals(key, WordTriples.key(List.of("van", "an", "nguyen")));
  }

  @Test
  void keySortsByUtf8Bytes() {
    // "z" is 0x7A, "đ" is 0xC4 0x91 and "ｚ" (fullwidth) 0xEF 0xBD 0x9A in UTF-8.
    assertEquals("z đ ｚ", WordTriples.key(List.of("ｚ", "đ", "z")));
    assertEquals("a a1 ab", WordTriples.key(List.of("ab", "a1", "a")));
  }

  @Test
  void keyRequiresThreeDistinctWords() {
    assertThrows(IllegalArgumentException.class, () -> WordTriples.key(List.of("an", "van")));
    assertThrows(IllegalArgumentException.class, () -> WordTriples.key(List.of("an", "an", "van")));
  }

  @Test
  void keysListEveryTripleOnce() {
    assertEquals(
        List.of("ha nguyen thi", "ha nguyen thu", "ha thi thu", "nguyen thi thu"),
        WordTriples.keys(List.of("nguyen", "thi", "thu", "ha", "thi")));
    assertEquals(List.of(), WordTriples.keys(List.of("lo", "pao")));
    assertEquals(120, WordTriples.keys(words(10)).size());
  }

  @Test
  void tooManyWordsStoreOnlyTheMarker() {
    List<String> ten = words(10);
    List<String> eleven = words(11);

    assertEquals(120, WordTriples.foldedRows(ten, ten).size());
    assertEquals(120, WordTriples.exactRows(ten).size());
    assertEquals(List.of(WordTriples.NOT_STORED), WordTriples.foldedRows(ten, eleven));
    assertEquals(List.of(), WordTriples.exactRows(eleven));
  }

  @Test
  void maxKeyLengthFitsThreeLongestWords() {
    List<String> words =
        SearchTokens.of("Ă".repeat(60) + " " + "B".repeat(60) + " " + "Ễ".repeat(60)).stream()
            .map(SearchTokens.Token::exact)
            .toList();

    assertEquals(WordTriples.MAX_KEY_LENGTH, WordTriples.key(words).length());
  }

  /** Returns n distinct words: w0, w1, ... */
  private static List<String> words(int n) {
    return IntStream.range(0, n).mapToObj(i -> "w" + i).toList();
  }
}
