package vn.hoso.rest.internal.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hoso.api.imports.ImportException;
import vn.hoso.api.imports.ImportJobException;
import vn.hoso.api.personnel.change.ChangeRequestException;
import vn.hoso.api.security.AuthenticationException;
import vn.hoso.api.security.UserAccountException;

class ProblemMessagesTest {

  /** Codes that the filters and the exception mapper produce themselves. */
  private static final List<String> REST_CODES =
      List.of(
          "authentication-required",
          "password-change-required",
          "forbidden",
          "payload-too-large",
          "validation-failed");

  static Stream<String> securityCodes() {
    List<String> codes = new ArrayList<>(REST_CODES);
    Stream.of(AuthenticationException.Reason.values()).map(r -> r.code()).forEach(codes::add);
    Stream.of(UserAccountException.Reason.values()).map(r -> r.code()).forEach(codes::add);
    Stream.of(ChangeRequestException.Reason.values()).map(r -> r.code()).forEach(codes::add);
    codes.add("own-record-missing");
    return codes.stream();
  }

  @ParameterizedTest
  @MethodSource("securityCodes")
  void everyCodeHasBothLanguages(String code) {
    for (Locale locale : List.of(ProblemMessages.VIETNAMESE, Locale.ENGLISH)) {
      assertFalse(ProblemMessages.title(code, locale).isBlank(), code + " title " + locale);
      assertFalse(ProblemMessages.detail(code, locale, "x", "y").isBlank(), code + " " + locale);
    }
  }

  /** Returns the codes of ImportException and ImportJobException, which upload responses use. */
  static Stream<String> importCodes() {
    List<String> codes = new ArrayList<>();
    for (Class<?> type : List.of(ImportException.class, ImportJobException.class)) {
      for (Field field : type.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
          try {
            codes.add((String) field.get(null));
          } catch (IllegalAccessException e) {
            throw new AssertionError(field.getName(), e);
          }
        }
      }
    }
    codes.add("import.unit-not-found");
    codes.add("import.unreadable");
    return codes.stream();
  }

  @ParameterizedTest
  @MethodSource("importCodes")
  void everyImportCodeHasBothLanguages(String code) {
    assertTrue(ProblemMessages.hasProblem(code), code);
    for (Locale locale : List.of(ProblemMessages.VIETNAMESE, Locale.ENGLISH)) {
      assertFalse(ProblemMessages.title(code, locale).isBlank(), code + " title " + locale);
      assertFalse(ProblemMessages.detail(code, locale, 50L).isBlank(), code + " " + locale);
    }
  }

  @Test
  void importTooLargeNamesTheLimit() {
    assertEquals(
        "Tệp lớn hơn 50 MiB, giới hạn của máy chủ; hãy chia tệp thành nhiều tệp nhỏ hơn.",
        ProblemMessages.detail("import.too-large", ProblemMessages.VIETNAMESE, 50L));
    assertEquals(
        "The file is larger than 50 MiB, the server's limit; split it into smaller files.",
        ProblemMessages.detail("import.too-large", Locale.ENGLISH, 50L));
  }

  @Test
  void unknownCodeHasNoProblemMessages() {
    assertFalse(ProblemMessages.hasProblem("import.made-up-code"));
  }

  @Test
  void bothLanguagesHaveSameKeys() throws IOException {
    Properties vietnamese = load("messages_vi.properties");
    Properties english = load("messages_en.properties");

    assertEquals(withoutRecordFields(vietnamese), withoutRecordFields(english));
  }

  @Test
  void everyVietnameseFieldMessageHasEnglish() throws IOException {
    Properties english = load("messages_en.properties");

    for (String key : load("messages_vi.properties").stringPropertyNames()) {
      assertTrue(english.containsKey(key), key);
    }
  }

  /**
   * Returns the keys other than {@code field.*}. The record service writes the Vietnamese message
   * of each invalid field itself, so only English needs every {@code field.*} key.
   */
  private static java.util.Set<String> withoutRecordFields(Properties messages) {
    java.util.Set<String> keys = new java.util.TreeSet<>(messages.stringPropertyNames());
    keys.removeIf(key -> key.startsWith("field."));
    return keys;
  }

  @Test
  void numbersUseTheLanguagesGrouping() {
    assertEquals(
        "Nội dung gửi lên vượt quá giới hạn 1.048.576 byte. Hãy gửi ít dữ liệu hơn.",
        ProblemMessages.detail("payload-too-large", ProblemMessages.VIETNAMESE, 1_048_576L));
    assertEquals(
        "The request body is larger than the limit of 1,048,576 bytes. Send less data.",
        ProblemMessages.detail("payload-too-large", Locale.ENGLISH, 1_048_576L));
  }

  @Test
  void fieldMessagesHaveBothLanguages() {
    assertEquals(
        "Giá trị phải từ 1 đến 200.",
        ProblemMessages.field("out-of-range", ProblemMessages.VIETNAMESE, 1, 200));
    assertEquals(
        "The value must be between 1 and 200.",
        ProblemMessages.field("out-of-range", Locale.ENGLISH, 1, 200));
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ProblemMessages.class.getResourceAsStream(name)) {
      properties.load(in);
    }
    return properties;
  }
}
