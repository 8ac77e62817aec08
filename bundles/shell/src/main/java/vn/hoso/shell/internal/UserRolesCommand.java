package vn.hoso.shell.internal;

import java.util.List;
import java.util.Set;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import vn.hoso.api.security.Role;
import vn.hoso.api.security.RoleAssignment;
import vn.hoso.api.security.UserAccount;

/**
 * {@code hoso:user-roles}: shows a user's roles and units, or replaces them when {@code --role} is
 * given.
 */
@Service
@Command(
    scope = "hoso",
    name = "user-roles",
    description =
        "Xem vai trò, đơn vị và hồ sơ cá nhân của người dùng; có --role thì thay toàn bộ các giá"
            + " trị này.")
public final class UserRolesCommand extends UserCommand {

  @Argument(index = 0, name = "username", description = "Tên đăng nhập.", required = true)
  @Completion(UsernameCompleter.class)
  String username;

  @Option(
      name = "--role",
      aliases = "-r",
      description = "Vai trò mới, lặp lại cho nhiều vai trò.",
      multiValued = true)
  @Completion(RoleCompleter.class)
  List<String> roles;

  @Option(
      name = "--unit",
      aliases = "-u",
      description = "Mã (id) của đơn vị mới, một số nguyên dương; lặp lại cho nhiều đơn vị.",
      multiValued = true)
  List<String> unitIds;

  @Option(
      name = "--person",
      aliases = "-p",
      description = "Mã (id) hồ sơ cá nhân mới, một số nguyên dương.")
  String personId;

  @Override
  void run() throws CommandException {
    UserAccount user = findUser(username);
    if (roles != null && !roles.isEmpty()) {
      Set<Role> roleSet = parseRoles(roles);
      RoleAssignment assignment =
          new RoleAssignment(roleSet, unitIds == null ? Set.of() : Set.copyOf(unitIds), personId);
      user = administration.assignRoles(user.id(), assignment, actor());
      out().println(message("roles.set", user.username()));
    }
    out().println(message("roles.roles", Formats.roles(user)));
    out().println(message("roles.units", Formats.units(user)));
    String person = user.assignment().personId();
    out().println(message("roles.person", person == null ? "" : person));
  }
}
