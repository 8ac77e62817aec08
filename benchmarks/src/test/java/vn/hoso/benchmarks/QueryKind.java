package vn.hoso.benchmarks;

/** The kinds of people queries the benchmark measures, with the label its report prints. */
enum QueryKind {
  UNIT_CATEGORY_PAGE("Page of 50: unit subtree and category, name order"),
  CATEGORY_PAGE("Page of 50: one category over all units, name or birth date order"),
  FAMILY_NAME("Search, one word: family name (\"nguyen\")"),
  RARE_GIVEN_NAME("Search, one word: rare given name"),
  TWO_WORDS("Search, two words: family or middle name and given name"),
  THREE_WORDS("Search, three words: last three words of the full name"),
  FULL_NAME("Search: full name without diacritics"),
  WITH_DIACRITICS("Search with diacritics: family, given or full name, a third in NFD");

  private final String label;

  QueryKind(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
