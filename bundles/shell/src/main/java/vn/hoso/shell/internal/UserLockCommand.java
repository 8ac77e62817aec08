package vn.hoso.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import vn.hoso.api.security.UserAccount;

/** {@code hoso:user-lock}: locks an account until it is unlocked, and ends its sessions. */
@Service
@Command(
    scope = "hoso",
    name = "user-lock",
    description = "Khóa tài khoản cho đến khi được mở khóa và kết thúc các phiên đăng nhập của nó.")
public final class UserLockCommand extends UserCommand {

  @Argument(index = 0, name = "username", description = "Tên đăng nhập.", required = true)
  @Completion(UsernameCompleter.class)
  String username;

  @Override
  void run() throws CommandException {
    UserAccount user = findUser(username);
    administration.lock(user.id(), actor());
    out().println(message("user.locked", user.username()));
  }
}
