package vn.hoso.importsupport.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for comparison: lower case, no diacritics, đ as d.
 *
 * <p>"Ngày, tháng, năm sinh" folds to {@code "ngaythangnamsinh"} with {@link #fold} and to {@code
 * "ngay thang nam sinh"} with {@link #foldWords}.
 */
public final class Folding {

  private Folding() {}

  /** Folds and keeps only the letters a–z and digits, so spaces and punctuation do not matter. */
  public static String fold(String text) {
    String words = foldWords(text);
    StringBuilder out = new StringBuilder(words.length());
    for (int i = 0; i < words.length(); i++) {
      char c = words.charAt(i);
      if (c != ' ') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Folds and keeps the letters a–z and digits, with one space wherever the text had spaces or
   * punctuation between them.
   */
  public static String foldWords(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      char folded = c == 'đ' || c == 'Đ' ? 'd' : Character.toLowerCase(c);
      if ((folded >= 'a' && folded <= 'z') || (folded >= '0' && folded <= '9')) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(folded);
      } else {
        pendingSpace = true;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
