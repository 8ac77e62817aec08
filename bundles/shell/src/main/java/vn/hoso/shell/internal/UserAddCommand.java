package vn.hoso.shell.internal;

import java.util.List;
import java.util.Set;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import vn.hoso.api.security.NewUser;
import vn.hoso.api.security.Role;
import vn.hoso.api.security.RoleAssignment;
import vn.hoso.api.security.UserAccount;

/**
 * {@code hoso:user-add}: creates a user. The password is read from the console, never from an
 * argument, so that it stays out of the shell history.
 */
@Service
@Command(
    scope = "hoso",
    name = "user-add",
    description =
        "Tạo tài khoản người dùng. Mật khẩu được nhập từ bàn phím và không hiện trên màn hình.")
public final class UserAddCommand extends UserCommand {

  @Argument(index = 0, name = "username", description = "Tên đăng nhập.", required = true)
  String username;

  @Option(name = "--name", aliases = "-n", description = "Họ tên người dùng.")
  String displayName;

  @Option(
      name = "--role",
      aliases = "-r",
      description =
          "Vai trò, lặp lại cho nhiều vai trò: ADMINISTRATOR, MINISTRY_OFFICER,"
              + " UNIT_OFFICER, LEADER, EMPLOYEE.",
      required = true,
      multiValued = true)
  @Completion(RoleCompleter.class)
  List<String> roles;

  @Option(
      name = "--unit",
      aliases = "-u",
      description = "Mã (id) của đơn vị được giao, một số nguyên dương; lặp lại cho nhiều đơn vị.",
      multiValued = true)
  List<String> unitIds;

  @Option(
      name = "--person",
      aliases = "-p",
      description = "Mã (id) hồ sơ cá nhân của người dùng, một số nguyên dương.")
  String personId;

  @Option(
      name = "--directory",
      description =
          "Không đặt mật khẩu trong Hoso; người dùng đăng nhập qua LDAP/Active Directory.")
  boolean directory;

  @Option(
      name = "--permanent",
      description = "Không yêu cầu người dùng đổi mật khẩu ở lần đăng nhập đầu tiên.")
  boolean permanent;

  @Override
  void run() throws Exception {
    Set<Role> roleSet = parseRoles(roles);
    char[] password = null;
    if (!directory) {
      password = readNewPassword();
    }
    try {
      RoleAssignment assignment =
          new RoleAssignment(roleSet, unitIds == null ? Set.of() : Set.copyOf(unitIds), personId);
      UserAccount created =
          administration.createUser(
              new NewUser(username, displayName, password, !permanent, assignment), actor());
      out().println(message("user.created", created.username(), created.id()));
    } finally {
      clear(password);
    }
  }
}
