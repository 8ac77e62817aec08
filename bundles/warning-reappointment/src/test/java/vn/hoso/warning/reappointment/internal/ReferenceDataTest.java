package vn.hoso.warning.reappointment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

  /**
   * The retirement rule and this rule must retire people on the same day, so both bundles package
   * the same age roadmap. Maven runs tests in the module folder, which sits next to the retirement
   * bundle's.
   */
  @Test
  void retirementRoadmapMatchesRetirementBundle() throws IOException {
    Path retirementCopy =
        Path.of(
            "../warning-retirement/src/main/resources/vn/hoso/warning/retirement/internal",
            ReappointmentReference.AGE_TABLE);
    byte[] packaged;
    try (InputStream in =
        ReappointmentReference.class.getResourceAsStream(ReappointmentReference.AGE_TABLE)) {
      packaged = in.readAllBytes();
    }

    String expected = Files.readString(retirementCopy);

    assertEquals(expected, new String(packaged, StandardCharsets.UTF_8));
  }
}
