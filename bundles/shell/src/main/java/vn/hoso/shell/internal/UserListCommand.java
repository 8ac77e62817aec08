package vn.hoso.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.table.ShellTable;
import vn.hoso.api.security.UserAccount;
import vn.hoso.api.security.UserAdministration;
import vn.hoso.api.security.UserPage;

/** {@code hoso:user-list}: one page of user accounts, ordered by username. */
@Service
@Command(
    scope = "hoso",
    name = "user-list",
    description = "Liệt kê tài khoản người dùng theo tên đăng nhập.")
public final class UserListCommand extends UserCommand {

  @Option(name = "--page", description = "Số trang, bắt đầu từ 0 (mặc định 0).")
  int page = 0;

  @Option(
      name = "--size",
      description = "Số tài khoản mỗi trang, từ 1 đến " + UserAdministration.PAGE_SIZE_MAX + ".")
  int size = 50;

  @Override
  void run() throws CommandException {
    if (page < 0 || size < 1 || size > UserAdministration.PAGE_SIZE_MAX) {
      throw failure(message("list.range", UserAdministration.PAGE_SIZE_MAX));
    }
    UserPage users = administration.listUsers(page, size);

    ShellTable table = new ShellTable();
    table.column(message("column.username"));
    table.column(message("column.display-name"));
    table.column(message("column.roles"));
    table.column(message("column.units"));
    table.column(message("column.state"));
    table.column(message("column.last-login"));
    for (UserAccount user : users.users()) {
      table
          .addRow()
          .addContent(
              user.username(),
              user.displayName() == null ? "" : user.displayName(),
              Formats.roles(user),
              Formats.units(user),
              Formats.state(user),
              Formats.dateTime(user.lastLoginAt()));
    }
    table.print(out());
    out().println(message("list.total", users.users().size(), users.total(), page));
  }
}
