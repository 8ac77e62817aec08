package vn.hoso.importsupport.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tells from samples of text whether it is Unicode or one of the {@link LegacyEncoding}s read one
 * character per byte.
 *
 * <p>Every word that contains a character from U+0080 to U+00FF is read three ways (as it is, as
 * TCVN3, as VNI) and each reading scores when it gives a well-formed Vietnamese syllable. A legacy
 * reading scores only when every such character is a letter of that encoding. Words with a
 * character above U+00FF can only be Unicode and score for it. A reading wins when at least {@value
 * #WIN_SHARE_PERCENT}% of the words are well formed in it and it leads every other reading by at
 * least a quarter of the words (and at least one word).
 *
 * <p>Not thread-safe: one detector per file.
 */
public final class EncodingDetector {

  static final int WIN_SHARE_PERCENT = 80;

  /** Share of well-formed words from which a legacy reading is suspected, in percent. */
  static final int SUSPECT_SHARE_PERCENT = 50;

  /** The encoding that reads bytes "as written" in {@link #forBytes()} mode. */
  private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

  private final boolean bytes;
  private int words;
  private int unicodeWords;
  private final Map<LegacyEncoding, Integer> legacyWords = new EnumMap<>(LegacyEncoding.class);

  /** Creates a detector for text read from cells, where Unicode is the reading as written. */
  public EncodingDetector() {
    this(false);
  }

  private EncodingDetector(boolean bytes) {
    this.bytes = bytes;
  }

  /**
   * Creates a detector for the bytes of a text file that is not UTF-8, where the reading as written
   * is Windows-1258, the Vietnamese code page of Windows (with separate tone marks). Pass the bytes
   * to {@link #add} as ISO-8859-1 text, one character per byte; an empty {@link Verdict#encoding()}
   * then means Windows-1258.
   */
  public static EncodingDetector forBytes() {
    return new EncodingDetector(true);
  }

  /** Adds the words of one text to the evidence. */
  public void add(String text) {
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean wordChar = i < text.length() && isWordChar(text.charAt(i));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        addWord(text.substring(start, i));
        start = -1;
      }
    }
  }

  /** Whether any word so far could be read differently in a legacy encoding. */
  public boolean hasEvidence() {
    return words > 0;
  }

  /** Weighs the evidence added so far. */
  public Verdict verdict() {
    if (words == 0) {
      return Verdict.UNICODE;
    }
    int margin = Math.max(1, words / 4);
    LegacyEncoding best = null;
    int bestScore = -1;
    int secondScore = unicodeWords;
    for (LegacyEncoding encoding : LegacyEncoding.values()) {
      int score = legacyWords.getOrDefault(encoding, 0);
      if (score > bestScore) {
        secondScore = Math.max(secondScore, bestScore);
        best = encoding;
        bestScore = score;
      } else {
        secondScore = Math.max(secondScore, score);
      }
    }
    if (share(bestScore) >= WIN_SHARE_PERCENT && bestScore - secondScore >= margin) {
      return new Verdict(Optional.of(best), true, Optional.of(best));
    }
    if (share(unicodeWords) >= WIN_SHARE_PERCENT && unicodeWords - bestScore >= margin) {
      return Verdict.UNICODE;
    }
    if (share(bestScore) >= SUSPECT_SHARE_PERCENT) {
      return new Verdict(Optional.empty(), false, Optional.of(best));
    }
    // No reading gives Vietnamese words: foreign names or symbols, kept as written.
    return Verdict.UNICODE;
  }

  private int share(int score) {
    return score * 100 / words;
  }

  private void addWord(String word) {
    boolean latin1High = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c > 0xFF) {
        words++;
        unicodeWords++;
        return;
      }
      if (c >= '0' && c <= '9') {
        return;
      }
      latin1High |= c >= 0x80;
    }
    if (!latin1High) {
      return;
    }
    words++;
    String asWritten =
        bytes
            ? Normalizer.normalize(
                new String(word.getBytes(StandardCharsets.ISO_8859_1), WINDOWS_1258),
                Normalizer.Form.NFC)
            : word;
    if (VietnameseSyllables.isSyllable(asWritten)) {
      unicodeWords++;
    }
    for (LegacyEncoding encoding : LegacyEncoding.values()) {
      String decoded = encoding.decode(word, true);
      if (decoded != null && VietnameseSyllables.isSyllable(decoded)) {
        legacyWords.merge(encoding, 1, Integer::sum);
      }
    }
  }

  /**
   * Word characters: everything except ASCII characters that are not letters or digits, because the
   * legacy encodings put letters on bytes that Unicode calls symbols (TCVN3 "¸" is "á").
   */
  private static boolean isWordChar(char c) {
    return c >= 0x80 ? !Character.isWhitespace(c) && c != '\u00A0' : Character.isLetterOrDigit(c);
  }

  /**
   * The outcome of detection.
   *
   * @param encoding the legacy encoding the text is in, or empty for Unicode
   * @param certain false when the evidence is too weak to decide; then {@code suspected} names the
   *     likely legacy encoding
   * @param suspected the legacy encoding that reads best, if any reads well at all
   */
  public record Verdict(
      Optional<LegacyEncoding> encoding, boolean certain, Optional<LegacyEncoding> suspected) {

    public static final Verdict UNICODE = new Verdict(Optional.empty(), true, Optional.empty());
  }
}
