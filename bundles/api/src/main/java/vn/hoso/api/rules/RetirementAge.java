package vn.hoso.api.rules;

import java.util.Objects;

/**
 * A retirement age in years and months, with the provision that sets it.
 *
 * @param years whole years
 * @param months further months, 0 to 11
 * @param legalBasis the provision, for example "Bộ luật Lao động 2019, Điều 169"
 */
public record RetirementAge(int years, int months, String legalBasis) {

  public RetirementAge {
    if (years < 0 || months < 0 || months > 11) {
      throw new IllegalArgumentException(
          "A retirement age needs years >= 0 and months 0 to 11, found " + years + "y " + months);
    }
    Objects.requireNonNull(legalBasis, "legalBasis");
  }

  /** Creates the age of {@code totalMonths} months. */
  public static RetirementAge ofMonths(int totalMonths, String legalBasis) {
    return new RetirementAge(totalMonths / 12, totalMonths % 12, legalBasis);
  }

  public int totalMonths() {
    return years * 12 + months;
  }

  /** Returns the age as Vietnamese documents write it, for example "60 tuổi 6 tháng". */
  public String text() {
    return VietnameseText.age(years, months);
  }
}
