package vn.hoso.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration {@value #PID}: token lifetimes, lockout and password rules. */
@ObjectClassDefinition(
    id = SecurityConfiguration.PID,
    name = "Hoso security",
    description = "Token lifetimes, lockout after failed logins, and password rules")
public @interface SecurityConfiguration {

  String PID = "vn.hoso.security";

  @AttributeDefinition(
      name = "Access token lifetime",
      description = "Minutes an access token is accepted after it was issued (1 to 1440)",
      min = "1",
      max = "1440")
  int access_token_minutes() default 15;

  @AttributeDefinition(
      name = "Access token lifetime in seconds",
      description =
          "Seconds an access token is accepted after it was issued (1 to 86400); when set, it"
              + " replaces access.token.minutes. 0 uses the minutes. Meant for tests that need a"
              + " token to expire within seconds.",
      min = "0",
      max = "86400")
  int access_token_seconds() default 0;

  @AttributeDefinition(
      name = "Session lifetime",
      description =
          "Hours a login session, and so its refresh tokens, lasts; refreshing does not extend it"
              + " (1 to 720)",
      min = "1",
      max = "720")
  int refresh_token_hours() default 8;

  @AttributeDefinition(
      name = "Failed logins before lockout",
      description = "Failed logins in a row that lock an account temporarily (1 to 100)",
      min = "1",
      max = "100")
  int lockout_failures() default 5;

  @AttributeDefinition(
      name = "Lockout duration",
      description = "Minutes an account stays locked after too many failed logins (1 to 1440)",
      min = "1",
      max = "1440")
  int lockout_minutes() default 15;

  @AttributeDefinition(
      name = "Minimum password length",
      description = "Characters a new password needs at least (8 to 128)",
      min = "8",
      max = "128")
  int password_minimum_length() default 10;

  @AttributeDefinition(
      name = "Token signing key file",
      description =
          "File with the HMAC key that signs tokens; created on first start. Empty means"
              + " ${karaf.data}/security/token-signing.key. Every node of a cluster needs the same"
              + " key.",
      required = false)
  String token_signing_key_file() default "";
}
