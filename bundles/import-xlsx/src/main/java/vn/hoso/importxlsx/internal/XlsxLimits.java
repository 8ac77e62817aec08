package vn.hoso.importxlsx.internal;

/**
 * Size limits checked before a workbook is parsed.
 *
 * @param maxFileBytes largest file accepted, in bytes
 * @param maxUncompressedBytes largest total of the unpacked parts, in bytes
 * @param maxSharedStringsBytes largest unpacked shared strings part, which is read into memory
 * @param maxCompressionRatio largest unpacked-to-packed ratio of a part above {@link
 *     #RATIO_GRACE_BYTES}
 * @param maxEntries most parts in the archive
 */
record XlsxLimits(
    long maxFileBytes,
    long maxUncompressedBytes,
    long maxSharedStringsBytes,
    int maxCompressionRatio,
    int maxEntries) {

  /**
   * Unpacked size below which a part's ratio is not checked: small XML parts of real workbooks
   * (styles, an empty sheet) compress more than 100 times without being dangerous.
   */
  static final long RATIO_GRACE_BYTES = 1024 * 1024;

  static XlsxLimits of(XlsxImportConfig config) {
    return new XlsxLimits(
        config.maxFileBytes(),
        config.maxUncompressedBytes(),
        config.maxSharedStringsBytes(),
        config.maxCompressionRatio(),
        config.maxEntries());
  }
}
