package vn.hoso.records.internal.text;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Sort keys for Vietnamese names, computed in Java so that H2 and PostgreSQL sort alike whatever
 * collation the database was created with: both compare the key bytes one by one, unsigned.
 *
 * <p>The order follows the Vietnamese alphabet a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư
 * v x y, with f, j, w and z at their Latin places for foreign and minority names. As in the CLDR
 * collation for Vietnamese, letters compare first (primary level), then tone marks in the order
 * none, huyền, hỏi, ngã, sắc, nặng (secondary level), then case (tertiary level). Digits sort
 * before letters, letters of other scripts after them by code point, and punctuation such as the
 * hyphen and apostrophe of "H'Hen" or "Bru-Vân Kiều" is ignored.
 */
public final class VietnameseCollation {

  private static final String ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

  /** Ends each level of the key, so that a shorter primary sequence sorts first. */
  private static final int LEVEL_END = 0x00;

  /** Ends each name part, below every letter, so that "An" sorts before "An Bình". */
  private static final int PART_END = 0x01;

  /** Ends each word inside a part. */
  private static final int WORD_END = 0x02;

  private static final int DIGIT_BASE = 0x10;
  private static final int LETTER_BASE = 0x20;

  /** Starts a letter outside the table, followed by its code point in three 7-bit bytes. */
  private static final int OTHER_LETTER = 0x70;

  private static final char BREVE = '\u0306';
  private static final char CIRCUMFLEX = '\u0302';
  private static final char HORN = '\u031B';

  private VietnameseCollation() {}

  /**
   * Returns the key that sorts people by given name, then middle name, then family name. Every byte
   * is below 0x80, so signed and unsigned byte comparison give the same order.
   */
  public static byte[] nameSortKey(String givenName, String middleName, String familyName) {
    KeyBuilder key = new KeyBuilder();
    for (String part : new String[] {givenName, middleName, familyName}) {
      key.addPart(part == null ? "" : part);
    }
    return key.toBytes();
  }

  /**
   * Returns the text in lower case without tone marks or letter marks and with đ as d, words
   * separated by one space: "Nguyễn Thị Hoà" and "NGUYEN thi hòa" both give "nguyen thi hoa".
   */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isWhitespace(c)) {
        pendingSpace = folded.length() > 0;
        continue;
      }
      if (pendingSpace) {
        folded.append(' ');
        pendingSpace = false;
      }
      folded.append(c == 'đ' || c == 'Đ' ? 'd' : c);
    }
    return folded.toString().toLowerCase(Locale.ROOT);
  }

  /** Collects the three levels of a key while the name parts are added. */
  private static final class KeyBuilder {
    private final ByteArrayOutputStream primary = new ByteArrayOutputStream();
    private final ByteArrayOutputStream secondary = new ByteArrayOutputStream();
    private final ByteArrayOutputStream tertiary = new ByteArrayOutputStream();

    void addPart(String part) {
      String decomposed = Normalizer.normalize(part, Normalizer.Form.NFD);
      boolean wordOpen = false;
      int i = 0;
      while (i < decomposed.length()) {
        char base = decomposed.charAt(i);
        int marksEnd = i + 1;
        while (marksEnd < decomposed.length()
            && Character.getType(decomposed.charAt(marksEnd)) == Character.NON_SPACING_MARK) {
          marksEnd++;
        }
        String marks = decomposed.substring(i + 1, marksEnd);
        i = marksEnd;

        if (Character.isWhitespace(base)) {
          if (wordOpen) {
            primary.write(WORD_END);
            wordOpen = false;
          }
        } else if (addCharacter(base, marks)) {
          wordOpen = true;
        }
      }
      primary.write(PART_END);
    }

    /** Adds one base character with its combining marks; returns false when it is ignored. */
    private boolean addCharacter(char base, String marks) {
      char lower = Character.toLowerCase(base);
      if (lower >= '0' && lower <= '9') {
        primary.write(DIGIT_BASE + (lower - '0'));
      } else if (Character.isLetter(base)) {
        char letter = letterWithMarks(lower, marks);
        int index = ALPHABET.indexOf(letter);
        if (index >= 0) {
          primary.write(LETTER_BASE + index);
        } else {
          primary.write(OTHER_LETTER);
          primary.write((base >> 14) & 0x7F);
          primary.write((base >> 7) & 0x7F);
          primary.write(base & 0x7F);
        }
      } else {
        return false;
      }
      secondary.write(toneWeight(marks));
      tertiary.write(Character.isUpperCase(base) ? 2 : 1);
      return true;
    }

    byte[] toBytes() {
      primary.write(LEVEL_END);
      secondary.write(LEVEL_END);
      ByteArrayOutputStream key = new ByteArrayOutputStream();
      key.writeBytes(primary.toByteArray());
      key.writeBytes(secondary.toByteArray());
      key.writeBytes(tertiary.toByteArray());
      return key.toByteArray();
    }
  }

  /** Returns the letter of the alphabet that a base letter and its letter-forming mark make. */
  private static char letterWithMarks(char lower, String marks) {
    if (marks.indexOf(BREVE) >= 0 && lower == 'a') {
      return 'ă';
    }
    if (marks.indexOf(CIRCUMFLEX) >= 0) {
      switch (lower) {
        case 'a':
          return 'â';
        case 'e':
          return 'ê';
        case 'o':
          return 'ô';
        default:
          break;
      }
    }
    if (marks.indexOf(HORN) >= 0) {
      if (lower == 'o') {
        return 'ơ';
      }
      if (lower == 'u') {
        return 'ư';
      }
    }
    return lower;
  }

  /**
   * Returns the secondary weight: 1 without a tone mark, then huyền, hỏi, ngã, sắc and nặng from 2
   * to 6, and 7 for any other mark (such as the diaeresis of a foreign name).
   */
  private static int toneWeight(String marks) {
    int weight = 1;
    for (int i = 0; i < marks.length(); i++) {
      int markWeight =
          switch (marks.charAt(i)) {
            case '\u0300' -> 2;
            case '\u0309' -> 3;
            case '\u0303' -> 4;
            case '\u0301' -> 5;
            case '\u0323' -> 6;
            case BREVE, CIRCUMFLEX, HORN -> 1;
            default -> 7;
          };
      weight = Math.max(weight, markWeight);
    }
    return weight;
  }
}
