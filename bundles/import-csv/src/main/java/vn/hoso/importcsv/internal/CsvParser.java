package vn.hoso.importcsv.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into records of fields as RFC 4180 describes and Excel writes them. A field in double
 * quotes may contain the separator, line breaks and doubled quotes. Records end with CRLF, LF or
 * CR. A quote inside an unquoted field is kept as a character.
 */
final class CsvParser {

  /**
   * Maximum record length, in characters. A longer record usually comes from a quote that is never
   * closed, which would otherwise swallow the rest of the file.
   */
  static final int MAX_RECORD_CHARS = 1024 * 1024;

  /** Thrown for a record longer than {@link #MAX_RECORD_CHARS}. */
  static final class RecordTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    final long record;

    RecordTooLongException(long record) {
      super("record " + record + " is longer than " + MAX_RECORD_CHARS + " characters");
      this.record = record;
    }
  }

  private final Reader in;
  private final char separator;
  private long record;
  private int pushedBack = -2;

  /**
   * @param in a buffered reader; it is read one character at a time
   */
  CsvParser(Reader in, char separator) {
    this.in = in;
    this.separator = separator;
  }

  /** The 1-based number of the record last returned by {@link #next()}. */
  long record() {
    return record;
  }

  /** Returns the next record's fields, or null at the end of the text. */
  List<String> next() throws IOException {
    int c = read();
    if (c < 0) {
      return null;
    }
    record++;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int length = 0;
    boolean quoted = false;
    boolean startOfField = true;
    while (true) {
      if (++length > MAX_RECORD_CHARS) {
        throw new RecordTooLongException(record);
      }
      if (quoted) {
        if (c < 0) {
          fields.add(field.toString());
          return fields;
        }
        if (c == '"') {
          int next = read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            unread(next);
          }
        } else {
          field.append((char) c);
        }
      } else if (c < 0 || c == '\n' || c == '\r') {
        if (c == '\r') {
          int next = read();
          if (next != '\n') {
            unread(next);
          }
        }
        fields.add(field.toString());
        return fields;
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
        startOfField = true;
        c = read();
        continue;
      } else if (c == '"' && startOfField) {
        quoted = true;
      } else {
        field.append((char) c);
      }
      startOfField = false;
      c = read();
    }
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    return in.read();
  }

  private void unread(int c) {
    pushedBack = c;
  }
}
