package vn.hoso.importsupport.text;

import java.util.Locale;

/** Capitalisation of Vietnamese personal names. */
public final class NameCase {

  private NameCase() {}

  /**
   * Returns a name written all in capitals or all in lower case with the first letter of each word
   * capitalised ("NGUYỄN THỊ NHƯ QUỲNH" becomes "Nguyễn Thị Như Quỳnh"); a name in mixed case is
   * returned as it is. A letter after a hyphen or an apostrophe starts a word too, as in the Ê Đê
   * name "H'Hen Niê".
   *
   * <p>A name counts as capitals when all its ASCII letters are capitals, so text converted from an
   * upper-case TCVN3 font, whose toned letters come out in lower case, is treated as capitals.
   *
   * @param name cleaned text, see {@link TextCleaner#clean}
   */
  public static String proper(String name) {
    if (!isAllCapitals(name) && !name.equals(name.toLowerCase(Locale.ROOT))) {
      return name;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean startOfWord = true;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      out.append(startOfWord ? Character.toUpperCase(c) : c);
      startOfWord = c == ' ' || c == '-' || c == '\'' || c == '’';
    }
    return out.toString();
  }

  private static boolean isAllCapitals(String name) {
    boolean anyCapital = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return false;
      }
      anyCapital |= Character.isUpperCase(c);
    }
    return anyCapital;
  }
}
