package vn.hoso.rest.internal.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration {@value #PID}: request limits and cross-origin access of the REST API. */
@ObjectClassDefinition(
    id = RestConfiguration.PID,
    name = "Hoso REST API",
    description = "Request body limit and CORS of the REST API under /api/v1")
public @interface RestConfiguration {

  String PID = "vn.hoso.rest";

  @AttributeDefinition(
      name = "Maximum request body",
      description = "Largest accepted request body in bytes; larger ones get 413 (1024 or more)",
      min = "1024")
  long request_body_max_bytes() default 1_048_576L;

  @AttributeDefinition(
      name = "CORS origins",
      description =
          "Origins allowed to call the API from a browser, for example https://hoso.bo.gov.vn;"
              + " empty turns CORS off",
      required = false)
  String[] cors_allowed_origins() default {};

  @AttributeDefinition(
      name = "CORS preflight cache",
      description = "Seconds a browser may cache a CORS preflight response (0 to 86400)",
      min = "0",
      max = "86400")
  int cors_max_age_seconds() default 600;
}
