package vn.hoso.records.internal.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a name as search compares them, in two forms.
 *
 * <p>The folded form drops every mark and writes đ as d, so that "nguyen van a" finds "Nguyễn Văn
 * A". The exact form keeps the letters ă â ê ô ơ ư đ and moves the tone to the end of the word as a
 * digit (1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng). The old and new tone placements, "Hoà" and "Hòa" or
 * "Thuý" and "Thúy", then give the same exact form {@code hoa1} or {@code thuy4}, and a query typed
 * with diacritics can rank the names that match them exactly first.
 *
 * <p>Words are split at white space and punctuation; apostrophes are dropped, so "H'Hen" is one
 * word.
 */
public final class SearchTokens {

  /**
   * One word in both forms.
   *
   * @param folded lower case, without marks, đ as d
   * @param exact lower case with the letter marks, the tone as a trailing digit
   */
  public record Token(String folded, String exact) {}

  /** Maximum length of a stored word; longer words are cut. */
  public static final int MAX_LENGTH = 50;

  private static final String APOSTROPHES = "'’ʼ";

  private SearchTokens() {}

  /** Returns the words of the text in order, each in both forms; empty for blank text. */
  public static List<Token> of(String text) {
    List<Token> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder();
    StringBuilder exact = new StringBuilder();
    int tone = 0;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        int markTone = toneOf(c);
        if (markTone > 0) {
          tone = markTone;
        } else if (exact.length() > 0) {
          exact.append(c);
        }
      } else if (Character.isLetterOrDigit(c)) {
        char lower = Character.toLowerCase(c);
        folded.append(lower == 'đ' ? 'd' : lower);
        exact.append(lower);
      } else if (APOSTROPHES.indexOf(c) < 0) {
        tone = flush(tokens, folded, exact, tone);
      }
    }
    flush(tokens, folded, exact, tone);
    return tokens;
  }

  /** Returns whether the text carries any tone or letter mark, or the letter đ. */
  public static boolean hasDiacritics(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || c == 'đ' || c == 'Đ') {
        return true;
      }
    }
    return false;
  }

  /** Ends the current word, if any, and returns the tone to start the next one with. */
  private static int flush(
      List<Token> tokens, StringBuilder folded, StringBuilder exact, int tone) {
    if (folded.length() > 0) {
      String exactWord =
          Normalizer.normalize(exact, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
              + (tone > 0 ? String.valueOf(tone) : "");
      tokens.add(new Token(cut(folded.toString()), cut(exactWord)));
    }
    folded.setLength(0);
    exact.setLength(0);
    return 0;
  }

  /** Returns the tone of a combining mark, 1 to 5, or 0 for a mark that is not a tone. */
  private static int toneOf(char mark) {
    return switch (mark) {
      case '\u0300' -> 1;
      case '\u0309' -> 2;
      case '\u0303' -> 3;
      case '\u0301' -> 4;
      case '\u0323' -> 5;
      default -> 0;
    };
  }

  private static String cut(String word) {
    return word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word;
  }
}
