package vn.hoso.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import vn.hoso.api.security.UserAccount;

/**
 * {@code hoso:user-unlock}: lifts an administrator's lock and a temporary lock after failed logins.
 */
@Service
@Command(
    scope = "hoso",
    name = "user-unlock",
    description =
        "Mở khóa tài khoản: bỏ khóa của quản trị viên và khóa tạm thời do đăng nhập sai nhiều lần.")
public final class UserUnlockCommand extends UserCommand {

  @Argument(index = 0, name = "username", description = "Tên đăng nhập.", required = true)
  @Completion(UsernameCompleter.class)
  String username;

  @Override
  void run() throws CommandException {
    UserAccount user = findUser(username);
    administration.unlock(user.id(), actor());
    out().println(message("user.unlocked", user.username()));
  }
}
