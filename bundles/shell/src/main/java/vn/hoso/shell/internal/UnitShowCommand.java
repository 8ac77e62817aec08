package vn.hoso.shell.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import vn.hoso.api.personnel.RecordLookup;
import vn.hoso.api.personnel.RecordNotFoundException;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.quality.DataQuality;
import vn.hoso.api.warning.WarningQueries;

/**
 * {@code hoso:unit-show}: one unit with the units directly below it, and the people, warnings and
 * data-quality problems of its whole subtree. The warning engine is optional: without it the
 * warnings line reports that it is not installed.
 */
@Service
@Command(
    scope = "hoso",
    name = "unit-show",
    description =
        "Xem một đơn vị: đơn vị cấp trên và trực thuộc, số người theo đối tượng, cảnh báo và các"
            + " vấn đề về chất lượng dữ liệu của cả đơn vị và các đơn vị trực thuộc.")
public final class UnitShowCommand implements Action {

  @Argument(
      index = 0,
      name = "unit",
      description = "Mã đơn vị hoặc số hiệu đơn vị.",
      required = true)
  String key;

  @Reference RecordService records;

  @Reference RecordLookup lookup;

  @Reference DataQuality quality;

  @Reference(optional = true)
  WarningQueries warnings;

  @Reference Session session;

  @Override
  public Object execute() throws Exception {
    UnitReport report = new UnitReport(records, lookup, quality, warnings);
    long unitId;
    try {
      unitId = report.resolve(key);
    } catch (IllegalArgumentException e) {
      throw UserCommand.failure(e.getMessage());
    }
    try {
      report
          .lines(unitId, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")))
          .forEach(session.getConsole()::println);
    } catch (RecordNotFoundException e) {
      throw UserCommand.failure(UserCommand.message("unit.not-found", key));
    }
    return null;
  }
}
