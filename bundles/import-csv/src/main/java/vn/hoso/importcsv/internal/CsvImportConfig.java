package vn.hoso.importcsv.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Limits of the CSV import adapter, configured in {@code etc/vn.hoso.importcsv.cfg}. */
@ObjectClassDefinition(
    name = "Hoso CSV import",
    description = "Limits that protect the server from oversized text files")
public @interface CsvImportConfig {

  @AttributeDefinition(
      name = "Maximum file size",
      description = "Largest CSV file accepted, in bytes")
  long maxFileBytes() default 50L * 1024 * 1024;
}
