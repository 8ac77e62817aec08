package vn.hoso.importxlsx.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Limits of the XLSX import adapter, configured in {@code etc/vn.hoso.importxlsx.cfg}. */
@ObjectClassDefinition(
    name = "Hoso XLSX import",
    description = "Limits that protect the server from oversized and malicious Excel files")
public @interface XlsxImportConfig {

  @AttributeDefinition(
      name = "Maximum file size",
      description =
          "Largest .xlsx file accepted, in bytes. A list of 100,000 people is about 8 MB.")
  long maxFileBytes() default 50L * 1024 * 1024;

  @AttributeDefinition(
      name = "Maximum unpacked size",
      description =
          "Largest total size of the parts inside the .xlsx archive once unpacked, in bytes")
  long maxUncompressedBytes() default 1024L * 1024 * 1024;

  @AttributeDefinition(
      name = "Maximum shared strings size",
      description =
          "Largest unpacked size of the shared strings part, in bytes. The reader keeps that table"
              + " in memory; the 100,000-person list of the read benchmark has 16.5 MB of it.")
  long maxSharedStringsBytes() default 64L * 1024 * 1024;

  @AttributeDefinition(
      name = "Maximum compression ratio",
      description =
          "Largest ratio of unpacked to packed size of one part larger than 1 MiB; a higher ratio is"
              + " treated as a zip bomb")
  int maxCompressionRatio() default 100;

  @AttributeDefinition(
      name = "Maximum number of parts",
      description = "Most files inside the .xlsx archive")
  int maxEntries() default 10_000;
}
