package vn.hoso.records.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoso.records.internal.text.SearchTokens.Token;

class SearchTokensTest {

  @Test
  void foldedFormDropsMarksAndD() {
    assertEquals(
        List.of("nguyen", "van", "duc"),
        SearchTokens.of("Nguyễn Văn Đức").stream().map(Token::folded).toList());
  }

  @Test
  void exactFormKeepsLettersAndMovesTone() {
    assertEquals(
        List.of("nguyên3", "văn", "đưc4"),
        SearchTokens.of("Nguyễn Văn Đức").stream().map(Token::exact).toList());
  }

  @Test
  void oldAndNewTonePlacementAreEqual() {
    assertEquals(SearchTokens.of("Hoà"), SearchTokens.of("Hòa"));
    assertEquals(SearchTokens.of("Thuý"), SearchTokens.of("Thúy"));
    assertEquals(SearchTokens.of("Khoẻ"), SearchTokens.of("Khỏe"));
  }

  @Test
  void decomposedInputGivesTheSameTokens() {
    String name = "Trần Thị Ánh Nguyệt";

    assertEquals(
        SearchTokens.of(name), SearchTokens.of(Normalizer.normalize(name, Normalizer.Form.NFD)));
  }

  @Test
  void punctuationSplitsButApostropheJoins() {
    assertEquals(
        List.of("hhen", "nie", "bru", "van", "kieu"),
        SearchTokens.of("H'Hen Niê, Bru-Vân Kiều").stream().map(Token::folded).toList());
  }

  @Test
  void differentTonesDifferOnlyInExactForm() {
    Token hoa = SearchTokens.of("Hoa").get(0);
    Token hoaHuyen = SearchTokens.of("Hoà").get(0);

    assertEquals(hoa.folded(), hoaHuyen.folded());
    assertEquals("hoa", hoa.exact());
    assertEquals("hoa1", hoaHuyen.exact());
  }

  @Test
  void diacriticsAreDetected() {
    assertTrue(SearchTokens.hasDiacritics("Hòa"));
    assertTrue(SearchTokens.hasDiacritics("dđ"));
    assertFalse(SearchTokens.hasDiacritics("nguyen van a"));
  }
}
