package vn.hoso.importsupport.text;

import java.text.Normalizer;

/**
 * The 8-bit Vietnamese encodings that documents typed before Unicode use, with their fonts: TCVN3
 * (ABC, TCVN 5712:1993, fonts ".VnTime", ".VnArial") and VNI Windows (fonts "VNI-Times").
 *
 * <p>Text in these encodings reaches Hoso as characters U+0000 to U+00FF, one per byte: an XLSX
 * cell typed in a ".VnTime" font stores "Hä vµ tªn" for "Họ và tên", and a CSV file is read byte by
 * byte. {@link #decode} turns such text into Unicode NFC.
 */
public enum LegacyEncoding {
  /**
   * One byte per letter. The code page has lower-case letters with tone marks only, plus the
   * capitals Ă Â Ê Ô Ơ Ư Đ; capitals with tone marks come from an upper-case font (".VnTimeH")
   * drawing the lower-case codes.
   */
  TCVN3("TCVN3 (ABC)") {
    @Override
    String decode(CharSequence text, boolean strict) {
      StringBuilder out = new StringBuilder(text.length());
      boolean upperCaseFont = hasOnlyUpperCaseAsciiLetters(text);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        char letter = c < 256 ? LegacyTables.TCVN3_TO_UNICODE[c] : 0;
        if (letter != 0) {
          out.append(upperCaseFont ? Character.toUpperCase(letter) : letter);
        } else if (strict && c >= 0x80) {
          return null;
        } else {
          out.append(c);
        }
      }
      return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
  },

  /**
   * A base letter followed by a byte for its modifier and tone ("Nguyeãn" for "Nguyễn"), and single
   * bytes for ơ ư đ and the toned i and ỵ.
   */
  VNI("VNI Windows") {
    @Override
    String decode(CharSequence text, boolean strict) {
      StringBuilder out = new StringBuilder(text.length());
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        String pair = i + 1 < text.length() ? LegacyTables.vniPair(c, text.charAt(i + 1)) : null;
        if (pair != null) {
          out.append(pair);
          i += 2;
        } else {
          String single = LegacyTables.vniSingle(c);
          if (single == null && strict && c >= 0x80) {
            return null;
          }
          out.append(single != null ? single : String.valueOf(c));
          i++;
        }
      }
      return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
  };

  private final String displayName;

  LegacyEncoding(String displayName) {
    this.displayName = displayName;
  }

  /** The name users know the encoding by, for messages: "TCVN3 (ABC)" or "VNI Windows". */
  public String displayName() {
    return displayName;
  }

  /**
   * Converts text read one character per byte into Unicode NFC. Characters that are no letter of
   * the encoding, and any character above U+00FF, are kept as they are.
   */
  public String decode(CharSequence text) {
    return decode(text, false);
  }

  /**
   * Converts text as {@link #decode(CharSequence)} does, or returns null when {@code strict} and a
   * character from U+0080 to U+00FF is no letter of the encoding.
   */
  abstract String decode(CharSequence text, boolean strict);

  /**
   * Whether every ASCII letter in the text is a capital, and there are at least two: text typed in
   * an upper-case TCVN3 font, whose toned letters must be capitals too.
   */
  private static boolean hasOnlyUpperCaseAsciiLetters(CharSequence text) {
    int upper = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return false;
      }
      if (c >= 'A' && c <= 'Z') {
        upper++;
      }
    }
    return upper >= 2;
  }
}
