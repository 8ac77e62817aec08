package vn.hoso.importsupport.text;

/**
 * Code tables of the legacy encodings, written out from the TCVN3 (TCVN 5712:1993, VN3) and VNI
 * Windows character maps.
 */
final class LegacyTables {

  /**
   * TCVN3 byte to Unicode letter, 0 where the byte is no Vietnamese letter. Each line is a base
   * letter and then its five tones in the order grave, hook, tilde, acute, dot below.
   */
  static final char[] TCVN3_TO_UNICODE = new char[256];

  private static final Object[][] TCVN3 = {
    {'ă', 0xA8, 'Ă', 0xA1}, {'â', 0xA9, 'Â', 0xA2}, {'ê', 0xAA, 'Ê', 0xA3},
    {'ô', 0xAB, 'Ô', 0xA4}, {'ơ', 0xAC, 'Ơ', 0xA5}, {'ư', 0xAD, 'Ư', 0xA6},
    {'đ', 0xAE, 'Đ', 0xA7},
  };

  private static final String TCVN3_TONED_LETTERS = "aăâeêioôơuưy";

  private static final int[][] TCVN3_TONED_CODES = {
    {0xB5, 0xB6, 0xB7, 0xB8, 0xB9}, // a: à ả ã á ạ
    {0xBB, 0xBC, 0xBD, 0xBE, 0xC6}, // ă: ằ ẳ ẵ ắ ặ
    {0xC7, 0xC8, 0xC9, 0xCA, 0xCB}, // â: ầ ẩ ẫ ấ ậ
    {0xCC, 0xCE, 0xCF, 0xD0, 0xD1}, // e: è ẻ ẽ é ẹ
    {0xD2, 0xD3, 0xD4, 0xD5, 0xD6}, // ê: ề ể ễ ế ệ
    {0xD7, 0xD8, 0xDC, 0xDD, 0xDE}, // i: ì ỉ ĩ í ị
    {0xDF, 0xE1, 0xE2, 0xE3, 0xE4}, // o: ò ỏ õ ó ọ
    {0xE5, 0xE6, 0xE7, 0xE8, 0xE9}, // ô: ồ ổ ỗ ố ộ
    {0xEA, 0xEB, 0xEC, 0xED, 0xEE}, // ơ: ờ ở ỡ ớ ợ
    {0xEF, 0xF1, 0xF2, 0xF3, 0xF4}, // u: ù ủ ũ ú ụ
    {0xF5, 0xF6, 0xF7, 0xF8, 0xF9}, // ư: ừ ử ữ ứ ự
    {0xFA, 0xFB, 0xFC, 0xFD, 0xFE}, // y: ỳ ỷ ỹ ý ỵ
  };

  /**
   * Combining tone marks in the order of the tables: grave, hook above, tilde, acute, dot below.
   */
  static final char[] TONE_MARKS = {'\u0300', '\u0309', '\u0303', '\u0301', '\u0323'};

  /** VNI tone bytes, lower case then upper case, in the order of {@link #TONE_MARKS}. */
  private static final String VNI_TONES_LOWER = "øûõùï";

  private static final String VNI_TONES_UPPER = "ØÛÕÙÏ";

  /** VNI bytes after a, e or o for the circumflex: alone, then with each tone. */
  private static final String VNI_CIRCUMFLEX_LOWER = "âàåãáä";

  private static final String VNI_CIRCUMFLEX_UPPER = "ÂÀÅÃÁÄ";

  /** VNI bytes after a for the breve: alone, then with each tone. */
  private static final String VNI_BREVE_LOWER = "êèúüéë";

  private static final String VNI_BREVE_UPPER = "ÊÈÚÜÉË";

  /** VNI single bytes for i with each tone. */
  private static final String VNI_I_LOWER = "ìæóíò";

  private static final String VNI_I_UPPER = "ÌÆÓÍÒ";

  static {
    for (Object[] row : TCVN3) {
      TCVN3_TO_UNICODE[(Integer) row[1]] = (Character) row[0];
      TCVN3_TO_UNICODE[(Integer) row[3]] = (Character) row[2];
    }
    for (int letter = 0; letter < TCVN3_TONED_LETTERS.length(); letter++) {
      for (int tone = 0; tone < TONE_MARKS.length; tone++) {
        String composed =
            java.text.Normalizer.normalize(
                "" + TCVN3_TONED_LETTERS.charAt(letter) + TONE_MARKS[tone],
                java.text.Normalizer.Form.NFC);
        TCVN3_TO_UNICODE[TCVN3_TONED_CODES[letter][tone]] = composed.charAt(0);
      }
    }
  }

  private LegacyTables() {}

  /**
   * Returns the letter that a VNI base letter and the byte after it form, or null when the second
   * byte does not modify the first.
   */
  static String vniPair(char base, char modifier) {
    char lowerBase = Character.toLowerCase(base);
    String decomposedBase;
    switch (lowerBase) {
      case 'a', 'e', 'o', 'u', 'y' -> decomposedBase = String.valueOf(lowerBase);
      case 'ô' -> decomposedBase = "o\u031B"; // VNI ô is ơ
      case 'ö' -> decomposedBase = "u\u031B"; // VNI ö is ư
      default -> {
        return null;
      }
    }
    String marks = modifierMarks(lowerBase, modifier);
    if (marks == null) {
      return null;
    }
    String letter = decomposedBase + marks;
    return Character.isUpperCase(base) ? letter.toUpperCase(java.util.Locale.ROOT) : letter;
  }

  private static String modifierMarks(char lowerBase, char modifier) {
    int tone = indexIn(VNI_TONES_LOWER, VNI_TONES_UPPER, modifier);
    if (tone >= 0) {
      return String.valueOf(TONE_MARKS[tone]);
    }
    if (lowerBase == 'a' || lowerBase == 'e' || lowerBase == 'o') {
      int circumflex = indexIn(VNI_CIRCUMFLEX_LOWER, VNI_CIRCUMFLEX_UPPER, modifier);
      if (circumflex >= 0) {
        return "\u0302" + (circumflex == 0 ? "" : TONE_MARKS[circumflex - 1]);
      }
    }
    if (lowerBase == 'a') {
      int breve = indexIn(VNI_BREVE_LOWER, VNI_BREVE_UPPER, modifier);
      if (breve >= 0) {
        return "\u0306" + (breve == 0 ? "" : TONE_MARKS[breve - 1]);
      }
    }
    return null;
  }

  /** Returns the letter of a VNI byte that is a letter by itself (ơ, ư, đ, toned i, ỵ), or null. */
  static String vniSingle(char c) {
    boolean upper = Character.isUpperCase(c);
    String letter;
    int i = indexIn(VNI_I_LOWER, VNI_I_UPPER, c);
    if (i >= 0) {
      letter = "i" + TONE_MARKS[i];
    } else {
      switch (Character.toLowerCase(c)) {
        case 'ô' -> letter = "o\u031B";
        case 'ö' -> letter = "u\u031B";
        case 'ñ' -> letter = "đ";
        case 'î' -> letter = "y\u0323";
        default -> {
          return null;
        }
      }
    }
    return upper ? letter.toUpperCase(java.util.Locale.ROOT) : letter;
  }

  private static int indexIn(String lower, String upper, char c) {
    int index = lower.indexOf(c);
    return index >= 0 ? index : upper.indexOf(c);
  }
}
