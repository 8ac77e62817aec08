package vn.hoso.importsupport.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a word is a well-formed Vietnamese syllable: an initial consonant, a vowel cluster,
 * a final consonant and at most one tone mark, in the spelling of Vietnamese writing. Used to tell
 * which legacy encoding gives real words.
 */
final class VietnameseSyllables {

  private static final Pattern SYLLABLE =
      Pattern.compile(
          "(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
              + "([aăâeêioôơuưy]{1,3})"
              + "(ch|nh|ng|c|m|n|p|t)?");

  /** The vowel clusters of Vietnamese spelling, without tone marks. */
  private static final Set<String> NUCLEI =
      Set.of(
          "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu",
          "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo", "ôi", "ơi", "ua", "uâ",
          "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "iêu", "oai", "oay", "oao",
          "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu", "yêu");

  private VietnameseSyllables() {}

  static boolean isSyllable(String word) {
    String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder letters = new StringBuilder(decomposed.length());
    int tone = -1;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int toneIndex = toneIndex(c);
      if (toneIndex >= 0) {
        if (tone >= 0 || letters.length() == 0) {
          return false;
        }
        tone = toneIndex;
      } else if (c == '\u0302' || c == '\u0306' || c == '\u031B') {
        if (!modifyLast(letters, c)) {
          return false;
        }
      } else if ((c >= 'a' && c <= 'z') || c == 'đ') {
        letters.append(c);
      } else {
        return false;
      }
    }
    Matcher matcher = SYLLABLE.matcher(letters);
    if (!matcher.matches() || !NUCLEI.contains(matcher.group(2))) {
      return false;
    }
    String last = matcher.group(3);
    boolean stopFinal =
        last != null
            && (last.equals("c") || last.equals("ch") || last.equals("p") || last.equals("t"));
    // A syllable closed by c, ch, p or t takes only the acute or the dot below (or no tone).
    return !stopFinal || tone < 0 || tone == 3 || tone == 4;
  }

  private static int toneIndex(char c) {
    for (int i = 0; i < LegacyTables.TONE_MARKS.length; i++) {
      if (LegacyTables.TONE_MARKS[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private static boolean modifyLast(StringBuilder letters, char mark) {
    if (letters.length() == 0) {
      return false;
    }
    char base = letters.charAt(letters.length() - 1);
    char modified =
        switch (mark) {
          case '\u0302' -> base == 'a' ? 'â' : base == 'e' ? 'ê' : base == 'o' ? 'ô' : 0;
          case '\u0306' -> base == 'a' ? 'ă' : 0;
          default -> base == 'o' ? 'ơ' : base == 'u' ? 'ư' : 0;
        };
    if (modified == 0) {
      return false;
    }
    letters.setCharAt(letters.length() - 1, modified);
    return true;
  }
}
