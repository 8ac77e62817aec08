package vn.hoso.api.record;

import java.util.Objects;

/**
 * A Vietnamese full name and its three parts: họ (family name), tên đệm (middle names, possibly
 * empty) and tên (given name). Lists sort by given name, then middle name, then family name.
 *
 * @param fullName the name as written, in NFC
 * @param familyName họ, for example "Nguyễn" or the compound "Tôn Nữ"
 * @param middleName tên đệm, empty when there is none
 * @param givenName tên
 */
public record PersonName(String fullName, String familyName, String middleName, String givenName) {

  public PersonName {
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(familyName, "familyName");
    Objects.requireNonNull(middleName, "middleName");
    Objects.requireNonNull(givenName, "givenName");
  }
}
