package vn.hoso.records.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.hoso.api.record.PersonName;

class PersonNamesTest {

  @Test
  void deriveSplitsFirstMiddleLast() {
    PersonName name = PersonNames.derive("Nguyễn Thị Như Quỳnh");

    assertEquals("Nguyễn", name.familyName());
    assertEquals("Thị Như", name.middleName());
    assertEquals("Quỳnh", name.givenName());
  }

  @Test
  void deriveTwoWordsHasNoMiddleName() {
    PersonName name = PersonNames.derive("Hoàng An");

    assertEquals("Hoàng", name.familyName());
    assertEquals("", name.middleName());
    assertEquals("An", name.givenName());
  }

  @Test
  void deriveOneWordIsGivenNameOnly() {
    PersonName name = PersonNames.derive("Ksor");

    assertEquals("", name.familyName());
    assertEquals("", name.middleName());
    assertEquals("Ksor", name.givenName());
  }

  @Test
  void joinSkipsEmptyParts() {
    assertEquals("Tôn Nữ Châu", PersonNames.join("Tôn Nữ", "", "Châu"));
  }

  @Test
  void cleanWordsComposesAndCollapsesSpaces() {
    String decomposed =
        java.text.Normalizer.normalize(" Lê  Văn\tLuyện ", java.text.Normalizer.Form.NFD);

    assertEquals("Lê Văn Luyện", Texts.cleanWords(decomposed));
  }

  @Test
  void cleanMakesBlankNull() {
    assertEquals(null, Texts.clean("   "));
  }
}
