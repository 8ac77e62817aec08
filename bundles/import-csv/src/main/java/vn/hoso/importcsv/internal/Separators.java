package vn.hoso.importcsv.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Detects the field separator: comma, semicolon (Excel's choice where the decimal separator is a
 * comma, as in Vietnamese settings) or tab (Excel's "Unicode text").
 */
final class Separators {

  /** Candidates in order of preference when they score the same. */
  private static final char[] CANDIDATES = {'\t', ';', ','};

  /** Records of the sample that are compared. */
  private static final int SAMPLE_RECORDS = 50;

  private Separators() {}

  /**
   * Returns the separator that splits the sample into the most fields in records of equal length.
   * Excel writes every record of a table with the same number of separators, while a comma inside
   * text or a decimal ("2,34") splits only some records. A separator scores the largest product of
   * a field count (two or more) and the number of records with that count. Comma when nothing
   * scores.
   */
  static char detect(String sample) {
    char best = ',';
    int bestScore = 0;
    for (char candidate : CANDIDATES) {
      int score = score(sample, candidate);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  private static int score(String sample, char separator) {
    CsvParser parser = new CsvParser(new StringReader(sample), separator);
    Map<Integer, Integer> recordsByFieldCount = new HashMap<>();
    try {
      List<String> record;
      int records = 0;
      while (records++ < SAMPLE_RECORDS && (record = parser.next()) != null) {
        if (record.size() >= 2) {
          recordsByFieldCount.merge(record.size(), 1, Integer::sum);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int best = 0;
    for (Map.Entry<Integer, Integer> entry : recordsByFieldCount.entrySet()) {
      best = Math.max(best, entry.getKey() * entry.getValue());
    }
    return best;
  }
}
