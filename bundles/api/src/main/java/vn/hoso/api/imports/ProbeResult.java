package vn.hoso.api.imports;

/** An adapter's confidence that it can read a file, judged from the file's first bytes. */
public enum ProbeResult {
  /** The bytes cannot be a file of this adapter's format. */
  NO_MATCH,
  /**
   * The bytes may be of this format, but other formats start the same way, for example any text for
   * a CSV reader or any zip archive for an XLSX reader.
   */
  POSSIBLE,
  /** The bytes carry this format's own signature. */
  CERTAIN
}
