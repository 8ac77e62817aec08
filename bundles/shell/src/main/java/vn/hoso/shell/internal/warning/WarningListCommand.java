package vn.hoso.shell.internal.warning;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.table.ShellTable;
import vn.hoso.api.warning.StoredWarning;
import vn.hoso.api.warning.WarningFilter;
import vn.hoso.api.warning.WarningPage;

/**
 * {@code hoso:warning-list}: the warnings due within a number of days and everything overdue, by
 * due date, across every unit.
 */
@Service
@Command(
    scope = "hoso",
    name = "warning-list",
    description = "Liệt kê cảnh báo đã quá hạn và sắp đến hạn, theo ngày đến hạn, ở mọi đơn vị.")
public final class WarningListCommand extends WarningCommand {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Option(name = "--type", description = "Chỉ loại cảnh báo này, ví dụ retirement.")
  String type;

  @Option(name = "--unit", description = "Chỉ người của đơn vị có mã số (id) này.")
  Long unitId;

  @Option(name = "--days", description = "Số ngày tới cần xem (mặc định 90).")
  int days = 90;

  @Option(name = "--size", description = "Số dòng tối đa, từ 1 đến 500 (mặc định 50).")
  int size = 50;

  @Override
  void run() throws CommandException {
    if (days < 0 || size < 1 || size > 500) {
      throw new CommandException(message("list.range"));
    }
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    WarningFilter filter =
        new WarningFilter(
            type == null ? Set.of() : Set.of(type),
            unitId == null ? null : Set.of(unitId),
            null,
            null,
            today.plusDays(days));
    WarningPage page = warnings.find(filter, 0, size);

    ShellTable table = new ShellTable();
    table.column(message("column.due"));
    table.column(message("column.rule"));
    table.column(message("column.person"));
    table.column(message("column.unit"));
    table.column(message("column.warning"));
    List<StoredWarning> items = page.items();
    for (StoredWarning warning : items) {
      LocalDate due = warning.event().dueDate();
      String dueText = DAY.format(due) + (due.isBefore(today) ? " " + message("overdue") : "");
      table
          .addRow()
          .addContent(
              dueText,
              warning.event().ruleId(),
              warning.fullName() + " (" + warning.personId() + ")",
              warning.unitId() == null ? "" : String.valueOf(warning.unitId()),
              warning.event().title());
    }
    table.print(out());
    String totalKey = page.totalCapped() ? "list.total-capped" : "list.total";
    out().println(message(totalKey, items.size(), page.total()));
  }
}
