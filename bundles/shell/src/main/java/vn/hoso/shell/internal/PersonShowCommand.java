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
 * {@code hoso:person-show}: one person's record in short, with salary, term, warnings and
 * data-quality problems. The warning engine is optional: without it the warnings line reports that
 * it is not installed.
 */
@Service
@Command(
    scope = "hoso",
    name = "person-show",
    description =
        "Xem tóm tắt hồ sơ một người: đơn vị, chức vụ, lương và nhiệm kỳ đang hưởng, cảnh báo và"
            + " các vấn đề về chất lượng dữ liệu.")
public final class PersonShowCommand implements Action {

  @Argument(
      index = 0,
      name = "person",
      description =
          "Số định danh cá nhân (12 chữ số), số chứng minh nhân dân (9 chữ số) hoặc mã hồ sơ.",
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
    PersonReport report = new PersonReport(records, lookup, quality, warnings);
    long personId;
    try {
      personId = report.resolve(key);
    } catch (IllegalArgumentException e) {
      throw UserCommand.failure(e.getMessage());
    }
    try {
      report
          .lines(personId, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")))
          .forEach(session.getConsole()::println);
    } catch (RecordNotFoundException e) {
      throw UserCommand.failure(UserCommand.message("person.not-found", key));
    }
    return null;
  }
}
