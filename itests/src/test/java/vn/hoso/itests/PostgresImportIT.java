package vn.hoso.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import vn.hoso.api.personnel.BulkRecordService;
import vn.hoso.api.personnel.BulkWriteMode;
import vn.hoso.api.personnel.BulkWriteResult;
import vn.hoso.api.personnel.ChangeContext;
import vn.hoso.api.personnel.PersonCandidate;
import vn.hoso.api.personnel.PersonData;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.personnel.UnitData;
import vn.hoso.api.personnel.UnitView;
import vn.hoso.api.record.PartialDate;
import vn.hoso.api.record.PersonCategory;
import vn.hoso.api.record.Sex;
import vn.hoso.api.scope.UnitScope;

/**
 * The tests of {@link ImportIT} on PostgreSQL, where the bulk write inserts new people with COPY
 * through the pooled connection of the server's data source. They run in the schema {@value
 * #SCHEMA} of the database at {@code HOSO_TEST_PG_URL}, which is dropped and recreated first, for
 * the reason {@link PostgresScopeMatrixIT} gives.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresImportIT extends ImportIT {

  static final String SCHEMA = "import_it";

  @Inject private RecordService records;

  @Inject private BulkRecordService bulk;

  @Configuration
  @Override
  public Option[] config() {
    String url = postgresUrl();
    if (url == null) {
      throw new IllegalStateException(
          "HOSO_TEST_PG_URL is not set; PostgresImportIT needs the JDBC URL of a test database");
    }
    try {
      recreateSchema(url);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reset schema " + SCHEMA + " of the test database", e);
    }
    String inSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    return OptionUtils.combine(super.config(), postgresOptions(inSchema));
  }

  @Test
  public void bulkWriteCopiesNewPeople() throws Exception {
    awaitHealthy();
    ChangeContext change = new ChangeContext("itest-copy", "Dữ liệu kiểm thử ghi hàng loạt");
    UnitView unit =
        records.createUnit(
            UnitScope.all(),
            change,
            new UnitData("ITEST-COPY", "Phòng Ghi hàng loạt", "PHONG", null, true, null));
    PersonData person =
        PersonData.builder()
            .category(PersonCategory.CONG_CHUC)
            .fullName("Đỗ Văn Chép")
            .birthDate(PartialDate.ofDay(LocalDate.of(1985, 3, 12)))
            .sex(Sex.MALE)
            .identityNumber("001085000299")
            .unitId(unit.id())
            .build();

    BulkWriteResult result =
        bulk.write(
            UnitScope.all(),
            change,
            List.of(new PersonCandidate(2, person, null)),
            BulkWriteMode.ALL_OR_NOTHING);

    assertTrue(result.outcomes().toString(), result.written());
    long personId = result.outcomes().get(0).personId();
    assertEquals("Đỗ Văn Chép", records.person(UnitScope.all(), personId).data().fullName());
    String log = Files.readString(karafLog());
    assertTrue(
        "no COPY line in karaf.log",
        log.contains(
            "Bulk write of 'itest-copy' wrote 1 new people into its transaction with COPY"));
  }

  /** Returns the server's log file, in {@code karaf.log} or else under {@code karaf.data}. */
  private static Path karafLog() {
    String folder = System.getProperty("karaf.log");
    return folder != null
        ? Path.of(folder, "karaf.log")
        : Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
  }

  private static void recreateSchema(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      statement.execute("CREATE SCHEMA " + SCHEMA);
    }
  }
}
