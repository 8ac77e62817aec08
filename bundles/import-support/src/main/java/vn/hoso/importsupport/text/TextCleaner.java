package vn.hoso.importsupport.text;

import java.text.Normalizer;

/** Cleans cell text: Unicode NFC, one space between words, none at the ends. */
public final class TextCleaner {

  private TextCleaner() {}

  /**
   * Returns the text in NFC with every run of white space (including no-break spaces, tabs, line
   * breaks inside a cell and zero-width spaces) turned into one space, and trimmed.
   */
  public static String clean(String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < composed.length(); i++) {
      char c = composed.charAt(i);
      if (isSpace(c)) {
        pendingSpace = true;
      } else if (!isInvisible(c)) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0';
  }

  /** Zero-width characters and the byte order mark, which Excel and Word leave in copied text. */
  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
  }
}
