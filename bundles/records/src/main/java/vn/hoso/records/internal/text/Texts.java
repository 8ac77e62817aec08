package vn.hoso.records.internal.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Normalisation of input text before it is validated and stored. */
public final class Texts {

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private Texts() {}

  /**
   * Returns the text in Unicode NFC with surrounding white space removed, or null when it is null
   * or blank. Text typed on macOS or copied from PDFs often arrives decomposed (NFD); storing NFC
   * makes equal names compare equal.
   */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    return normalized.isEmpty() ? null : normalized;
  }

  /** Returns {@link #clean} of the text with every run of white space inside it made one space. */
  public static String cleanWords(String text) {
    String cleaned = clean(text);
    return cleaned == null ? null : WHITE_SPACE.matcher(cleaned).replaceAll(" ");
  }
}
