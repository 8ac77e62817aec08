package vn.hoso.api.personnel;

/** The orders the people list can be sorted in; ties are broken by the person's identifier. */
public enum PersonSort {
  /**
   * Vietnamese name order: given name, then middle name, then family name. Letters compare in the
   * Vietnamese alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y), and tone marks
   * only decide between names whose letters are equal.
   */
  NAME,
  /** Birth date, oldest first. */
  BIRTH_DATE
}
