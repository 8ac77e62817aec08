package vn.hoso.security.internal.jaas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HosoRealmTest {

  @Test
  void noUrlMeansNoDirectory() {
    assertTrue(HosoRealm.directoryOptions(Map.of("user.base.dn", "dc=bo")).isEmpty());
    assertTrue(HosoRealm.directoryOptions(Map.of("connection.url", " ")).isEmpty());
  }

  @Test
  void directoryOptionsAreStringsWithoutFrameworkProperties() {
    Map<String, Object> options =
        HosoRealm.directoryOptions(
            Map.of(
                "connection.url", "ldaps://ad.bo.gov.vn:636",
                "user.filter", "(sAMAccountName=%u)",
                "ssl", Boolean.TRUE,
                "service.pid", "vn.hoso.security.ldap",
                "component.id", 12L,
                "felix.fileinstall.filename", "file:/etc/vn.hoso.security.ldap.cfg"));

    assertEquals("ldaps://ad.bo.gov.vn:636", options.get("connection.url"));
    assertEquals("(sAMAccountName=%u)", options.get("user.filter"));
    assertEquals("true", options.get("ssl"));
    assertFalse(options.containsKey("service.pid"));
    assertFalse(options.containsKey("component.id"));
    assertFalse(options.containsKey("felix.fileinstall.filename"));
  }

  @Test
  void missingDirectoryOptionsGetDefaults() {
    Map<String, Object> options =
        HosoRealm.directoryOptions(Map.of("connection.url", "ldap://127.0.0.1:389"));

    assertEquals("(uid=%u)", options.get("user.filter"));
    assertEquals("true", options.get("user.search.subtree"));
    assertEquals("simple", options.get("authentication"));
  }
}
