package vn.hoso.shell.internal.warning;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import vn.hoso.api.warning.RuleStatus;

/** {@code hoso:warning-rules}: the installed warning rules, their bundles and computation state. */
@Service
@Command(
    scope = "hoso",
    name = "warning-rules",
    description = "Liệt kê các quy tắc cảnh báo đã cài, phiên bản và tiến độ tính toán.")
public final class WarningRulesCommand extends WarningCommand {

  private static final DateTimeFormatter COMPLETED =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  @Override
  void run() {
    ShellTable table = new ShellTable();
    table.column(message("column.rule"));
    table.column(message("column.title"));
    table.column(message("column.bundle"));
    table.column(message("column.version"));
    table.column(message("column.progress"));
    table.column(message("column.completed"));
    for (RuleStatus rule : warnings.rules()) {
      String progress =
          rule.computing()
              ? message("progress.running", rule.processed(), rule.total())
              : message("progress.idle");
      table
          .addRow()
          .addContent(
              rule.ruleId(),
              rule.title(),
              rule.bundle(),
              rule.version(),
              progress,
              rule.completedAt() == null ? "" : COMPLETED.format(rule.completedAt()));
    }
    table.print(out());
  }
}
