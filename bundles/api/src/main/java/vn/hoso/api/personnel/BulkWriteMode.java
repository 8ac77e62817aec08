package vn.hoso.api.personnel;

/** What a bulk write keeps of its work. */
public enum BulkWriteMode {
  /** Classifies every candidate, then rolls everything back. */
  DRY_RUN,
  /** Writes every candidate, or nothing when at least one is rejected. */
  ALL_OR_NOTHING,
  /** Writes the candidates that are valid and leaves out the rejected ones. */
  VALID_ONLY
}
