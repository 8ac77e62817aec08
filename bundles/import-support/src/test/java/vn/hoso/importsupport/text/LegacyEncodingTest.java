package vn.hoso.importsupport.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyEncodingTest {

  /** Every Vietnamese lower-case letter: each vowel bare and with the five tones, then đ. */
  private static final String LETTERS =
      "aàảãáạ" + "ăằẳẵắặ" + "âầẩẫấậ" + "eèẻẽéẹ" + "êềểễếệ" + "iìỉĩíị" + "oòỏõóọ" + "ôồổỗốộ"
          + "ơờởỡớợ" + "uùủũúụ" + "ưừửữứự" + "yỳỷỹýỵ" + "đ";

  /** The TCVN3 bytes of {@link #LETTERS}, in the same order, from the TCVN 5712:1993 VN3 map. */
  private static final int[] TCVN3_BYTES = {
    'a', 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6, 0xA9, 0xC7, 0xC8, 0xC9,
    0xCA, 0xCB, 'e', 0xCC, 0xCE, 0xCF, 0xD0, 0xD1, 0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 'i', 0xD7,
    0xD8, 0xDC, 0xDD, 0xDE, 'o', 0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9,
    0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE, 'u', 0xEF, 0xF1, 0xF2, 0xF3, 0xF4, 0xAD, 0xF5, 0xF6, 0xF7,
    0xF8, 0xF9, 'y', 0xFA, 0xFB, 0xFC, 0xFD, 0xFE, 0xAE
  };

  /** The VNI Windows spelling of {@link #LETTERS}, in the same order. */
  private static final String[] VNI = {
    "a", "aø", "aû", "aõ", "aù", "aï",
    "aê", "aè", "aú", "aü", "aé", "aë",
    "aâ", "aà", "aå", "aã", "aá", "aä",
    "e", "eø", "eû", "eõ", "eù", "eï",
    "eâ", "eà", "eå", "eã", "eá", "eä",
    "i", "ì", "æ", "ó", "í", "ò",
    "o", "oø", "oû", "oõ", "où", "oï",
    "oâ", "oà", "oå", "oã", "oá", "oä",
    "ô", "ôø", "ôû", "ôõ", "ôù", "ôï",
    "u", "uø", "uû", "uõ", "uù", "uï",
    "ö", "öø", "öû", "öõ", "öù", "öï",
    "y", "yø", "yû", "yõ", "yù", "î",
    "ñ"
  };

  @Test
  void tcvn3EveryLowerCaseLetter() {
    for (int i = 0; i < LETTERS.length(); i++) {
      String tcvn3 = String.valueOf((char) TCVN3_BYTES[i]);

      assertEquals(String.valueOf(LETTERS.charAt(i)), LegacyEncoding.TCVN3.decode(tcvn3), tcvn3);
    }
  }

  @Test
  void tcvn3EveryCapitalInUpperCaseFont() {
    for (int i = 0; i < LETTERS.length(); i++) {
      // Plain vowels are ASCII and typed as capitals; the rest come out in capitals from the font.
      char code = (char) TCVN3_BYTES[i];
      String tcvn3 = "NG" + (code < 0x80 ? Character.toUpperCase(code) : code) + "N";
      String expected = ("NG" + LETTERS.charAt(i) + "N").toUpperCase(Locale.ROOT);

      assertEquals(expected, LegacyEncoding.TCVN3.decode(tcvn3), tcvn3);
    }
  }

  @Test
  void tcvn3CapitalsWithoutTone() {
    assertEquals(
        "ĂÂÊÔƠƯĐ", LegacyEncoding.TCVN3.decode("\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7"));
  }

  @Test
  void vniEveryLetterInBothCases() {
    for (int i = 0; i < LETTERS.length(); i++) {
      String lower = String.valueOf(LETTERS.charAt(i));

      assertEquals(lower, LegacyEncoding.VNI.decode(VNI[i]), VNI[i]);
      assertEquals(
          lower.toUpperCase(Locale.ROOT),
          LegacyEncoding.VNI.decode(VNI[i].toUpperCase(Locale.ROOT)),
          VNI[i].toUpperCase(Locale.ROOT));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Céng hoµ x· héi chñ nghÜa ViÖt Nam | Cộng hoà xã hội chủ nghĩa Việt Nam",
        "§éc lËp - Tù do - H¹nh phóc | Độc lập - Tự do - Hạnh phúc",
        "Hä vµ tªn | Họ và tên",
        "Ngµy, th¸ng, n¨m sinh | Ngày, tháng, năm sinh",
        "NguyÔn ThÞ Nh\u00AD Quúnh | Nguyễn Thị Như Quỳnh",
        "Tr\u00ADêng §¹i häc | Trường Đại học",
        "QuyÕt ®Þnh | Quyết định",
      })
  void tcvn3KnownTexts(String tcvn3, String unicode) {
    assertEquals(unicode, LegacyEncoding.TCVN3.decode(tcvn3));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam | Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Ñoäc laäp - Töï do - Haïnh phuùc | Độc lập - Tự do - Hạnh phúc",
        "Hoï vaø teân | Họ và tên",
        "Nguyeãn Vaên An | Nguyễn Văn An",
        "NGUYEÃN THÒ NHÖ QUYØNH | NGUYỄN THỊ NHƯ QUỲNH",
        "Tröôøng Ñaïi hoïc | Trường Đại học",
      })
  void vniKnownTexts(String vni, String unicode) {
    assertEquals(unicode, LegacyEncoding.VNI.decode(vni));
  }

  @Test
  void unicodeTextUnchanged() {
    assertEquals("Nguyễn Văn An", LegacyEncoding.TCVN3.decode("Nguyễn Văn An"));
    assertEquals("Nguyễn Văn An", LegacyEncoding.VNI.decode("Nguyễn Văn An"));
  }

  @Test
  void strictRejectsForeignBytes() {
    assertNull(LegacyEncoding.TCVN3.decode("Hà", true));
    assertNull(LegacyEncoding.VNI.decode("Lê", true));
  }
}
