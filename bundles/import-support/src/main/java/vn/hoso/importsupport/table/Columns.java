package vn.hoso.importsupport.table;

/** Column letters as spreadsheets show them. */
public final class Columns {

  private Columns() {}

  /** Returns the letters of a 0-based column index: 0 is "A", 25 is "Z", 26 is "AA". */
  public static String letter(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("column index " + index);
    }
    StringBuilder letters = new StringBuilder();
    int n = index + 1;
    while (n > 0) {
      int remainder = (n - 1) % 26;
      letters.append((char) ('A' + remainder));
      n = (n - 1) / 26;
    }
    return letters.reverse().toString();
  }
}
