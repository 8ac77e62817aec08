package vn.hoso.records.internal.text;

import java.util.Arrays;
import vn.hoso.api.record.PersonName;

/** Splits a Vietnamese full name into its three parts. */
public final class PersonNames {

  private PersonNames() {}

  /**
   * Derives the parts of a full name by the common rule: the first word is the family name (họ),
   * the last word the given name (tên) and the words between the middle name (tên đệm). A one-word
   * name is a given name only. Compound family names such as "Tôn Nữ" and many names of ethnic
   * minorities do not follow the rule; callers store the parts the user corrects.
   *
   * @param fullName the full name, already cleaned by {@link Texts#cleanWords}
   */
  public static PersonName derive(String fullName) {
    String[] words = fullName.split(" ");
    if (words.length == 1) {
      return new PersonName(fullName, "", "", words[0]);
    }
    String family = words[0];
    String given = words[words.length - 1];
    String middle = String.join(" ", Arrays.copyOfRange(words, 1, words.length - 1));
    return new PersonName(fullName, family, middle, given);
  }

  /** Returns the full name the parts spell, skipping empty parts. */
  public static String join(String familyName, String middleName, String givenName) {
    StringBuilder joined = new StringBuilder();
    for (String part : new String[] {familyName, middleName, givenName}) {
      if (part != null && !part.isEmpty()) {
        if (joined.length() > 0) {
          joined.append(' ');
        }
        joined.append(part);
      }
    }
    return joined.toString();
  }
}
