package vn.hoso.api.imports;

import java.util.Objects;

/**
 * A problem that makes the whole file unreadable, so no row of it is imported.
 *
 * <p>{@link #getMessage()} is a Vietnamese sentence for the user that says what is wrong and what
 * to do. {@link #code()} is stable and one of the constants below.
 */
public class ImportException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The file is not of the adapter's format, for example a Word document given as XLSX. */
  public static final String NOT_SUPPORTED = "import.not-supported";

  /** An Excel 97–2003 (.xls) file, which must be saved again as .xlsx. */
  public static final String OLD_EXCEL_FORMAT = "import.old-excel-format";

  /** The file is damaged: a broken zip archive, malformed XML, a truncated file. */
  public static final String CORRUPT = "import.corrupt";

  /** The file is larger than the adapter's configured limit. */
  public static final String TOO_LARGE = "import.too-large";

  /**
   * The archive unpacks to more than the configured limit, or one of its parts is compressed more
   * than the configured ratio allows (a zip bomb).
   */
  public static final String ZIP_BOMB = "import.zip-bomb";

  /** An XML part declares a document type, which could make a parser read other files. */
  public static final String XML_DOCTYPE = "import.xml-doctype";

  /** No worksheet has a row that looks like the header of a staff list. */
  public static final String NO_HEADER = "import.no-header";

  /** The requested worksheet does not exist. */
  public static final String SHEET_NOT_FOUND = "import.sheet-not-found";

  /**
   * The text's character encoding could not be told for certain; the message names the candidates.
   */
  public static final String ENCODING_UNCERTAIN = "import.encoding-uncertain";

  /** The text is not valid in the encoding it declares or was given. */
  public static final String ENCODING_INVALID = "import.encoding-invalid";

  /** Reading the file failed for a reason outside the file, such as a full temporary disk. */
  public static final String READ_FAILED = "import.read-failed";

  /** The read was cancelled through {@link ImportReader#cancel()} or an interrupt. */
  public static final String CANCELLED = "import.cancelled";

  private final String code;

  public ImportException(String code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  public ImportException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** The stable code, one of the constants of this class. */
  public String code() {
    return code;
  }
}
