package vn.hoso.rest.internal.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FieldMessagesTest {

  @Test
  void problemCodesHaveBothLanguages() throws IOException {
    Set<String> vietnamese = problemKeys("messages_vi.properties");
    Set<String> english = problemKeys("messages_en.properties");

    assertEquals(vietnamese, english);
  }

  @Test
  void englishFieldMessageTakesTheArguments() {
    String message =
        ProblemMessages.fieldMessage(
            "coefficient-mismatch", "coefficient", List.of("2.34", "2.67"), Locale.ENGLISH);

    assertEquals("coefficient: coefficient 2.34 is wrong; the salary table gives 2.67.", message);
  }

  @Test
  void unknownFieldCodeFallsBackToFieldAndCode() {
    String message = ProblemMessages.fieldMessage("no-such-code", "x", List.of(), Locale.ENGLISH);

    assertEquals("x: no-such-code", message);
  }

  @Test
  void apostropheSurvivesMessageFormat() {
    String message =
        ProblemMessages.fieldMessage(
            "identity-number-duplicate", "identityNumber", List.of("001085012345"), Locale.ENGLISH);

    assertFalse(message.contains("''"), message);
    assertEquals(
        "identityNumber: \"001085012345\" is already used in another person's record.", message);
  }

  /** Returns the title and detail keys, which must exist in every language. */
  private static Set<String> problemKeys(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ProblemMessages.class.getResourceAsStream(file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties.stringPropertyNames().stream()
        .filter(key -> !key.startsWith("field."))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
