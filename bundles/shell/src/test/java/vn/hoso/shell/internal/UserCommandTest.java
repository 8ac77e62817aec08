package vn.hoso.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UserCommandTest {

  @Test
  void inputLinesAreReadOneByOne() throws Exception {
    InputStream in =
        new ByteArrayInputStream("Mật khẩu 1\r\nMật khẩu 2\n".getBytes(StandardCharsets.UTF_8));

    assertEquals("Mật khẩu 1", UserCommand.readInputLine(in));
    assertEquals("Mật khẩu 2", UserCommand.readInputLine(in));
    assertNull(UserCommand.readInputLine(in));
  }

  @Test
  void lastLineWithoutNewlineIsRead() throws Exception {
    InputStream in = new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8));

    assertEquals("abc", UserCommand.readInputLine(in));
  }

  @Test
  void everyMessageKeyFormats() {
    assertEquals("Đã mở khóa tài khoản lan.nt.", UserCommand.message("user.unlocked", "lan.nt"));
  }
}
