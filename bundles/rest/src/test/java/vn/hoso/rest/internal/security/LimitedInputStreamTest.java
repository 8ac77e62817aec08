package vn.hoso.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import vn.hoso.rest.internal.problem.PayloadTooLargeException;

class LimitedInputStreamTest {

  @Test
  void bodyAtLimitIsRead() throws Exception {
    byte[] body = new byte[1024];

    try (InputStream in =
        new BodySizeFilter.LimitedInputStream(new ByteArrayInputStream(body), 1024)) {
      assertArrayEquals(body, in.readAllBytes());
    }
  }

  @Test
  void bodyAboveLimitIsRejected() throws Exception {
    byte[] body = new byte[1025];

    try (InputStream in =
        new BodySizeFilter.LimitedInputStream(new ByteArrayInputStream(body), 1024)) {
      PayloadTooLargeException e = assertThrows(PayloadTooLargeException.class, in::readAllBytes);
      assertEquals(1024, e.limitBytes());
      assertEquals(413, e.getResponse().getStatus());
    }
  }

  @Test
  void singleByteReadsAreCounted() throws Exception {
    try (InputStream in =
        new BodySizeFilter.LimitedInputStream(new ByteArrayInputStream(new byte[3]), 2)) {
      in.read();
      in.read();

      assertThrows(PayloadTooLargeException.class, in::read);
    }
  }
}
