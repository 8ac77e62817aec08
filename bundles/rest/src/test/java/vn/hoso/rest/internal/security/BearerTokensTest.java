package vn.hoso.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BearerTokensTest {

  @Test
  void tokenIsReadFromBearerHeader() {
    assertEquals("abc.def.ghi", BearerTokens.extract("Bearer abc.def.ghi"));
    assertEquals("abc.def.ghi", BearerTokens.extract("bearer   abc.def.ghi "));
  }

  @Test
  void otherHeadersGiveNoToken() {
    assertNull(BearerTokens.extract(null));
    assertNull(BearerTokens.extract(""));
    assertNull(BearerTokens.extract("Bearer"));
    assertNull(BearerTokens.extract("Bearer    "));
    assertNull(BearerTokens.extract("Basic a2FyYWY6a2FyYWY="));
    assertNull(BearerTokens.extract("Bearerabc"));
  }
}
