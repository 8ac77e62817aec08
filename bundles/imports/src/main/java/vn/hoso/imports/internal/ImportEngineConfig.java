package vn.hoso.imports.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Limits of the import engine, configured in {@code etc/vn.hoso.imports.cfg}. */
@ObjectClassDefinition(
    name = "Hoso import engine",
    description = "Upload size and lifetime of import jobs")
public @interface ImportEngineConfig {

  /** The configuration PID. */
  String PID = "vn.hoso.imports";

  @AttributeDefinition(
      name = "Maximum upload size",
      description =
          "Largest uploaded file the engine stores, in bytes, whatever the adapter. Each adapter"
              + " has its own limit as well.")
  long maxUploadBytes() default 50L * 1024 * 1024;

  @AttributeDefinition(
      name = "Job lifetime",
      description =
          "Minutes an import job and its report are kept in memory after the upload; a job not"
              + " committed by then must be uploaded again")
  long jobExpiryMinutes() default 120;

  @AttributeDefinition(
      name = "Upload folder",
      description =
          "Folder of the uploads while they are read; empty means imports under the Karaf data"
              + " folder")
  String uploadFolder() default "";
}
