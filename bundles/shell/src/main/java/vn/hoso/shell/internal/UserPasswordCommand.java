package vn.hoso.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import vn.hoso.api.security.UserAccount;

/**
 * {@code hoso:user-password}: sets a user's password, read from the console without echo, and ends
 * the user's sessions.
 */
@Service
@Command(
    scope = "hoso",
    name = "user-password",
    description =
        "Đặt mật khẩu mới cho người dùng và kết thúc các phiên đăng nhập của người đó. Mật khẩu"
            + " được nhập từ bàn phím và không hiện trên màn hình.")
public final class UserPasswordCommand extends UserCommand {

  @Argument(index = 0, name = "username", description = "Tên đăng nhập.", required = true)
  @Completion(UsernameCompleter.class)
  String username;

  @Option(
      name = "--permanent",
      description = "Không yêu cầu người dùng đổi mật khẩu này ở lần đăng nhập tiếp theo.")
  boolean permanent;

  @Override
  void run() throws Exception {
    UserAccount user = findUser(username);
    char[] password = readNewPassword();
    try {
      administration.setPassword(user.id(), password, !permanent, actor());
    } finally {
      clear(password);
    }
    out().println(message(permanent ? "password.set" : "password.set-temporary", user.username()));
  }
}
