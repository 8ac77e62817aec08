package vn.hoso.api.imports;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine knows about a file besides its bytes, and the user's choices for reading it.
 *
 * @param fileName the name the user uploaded the file under, used only in messages; may be empty
 * @param options reading options by name; each adapter documents the ones it reads and ignores the
 *     rest. See {@link #SHEET} and {@link #ENCODING}.
 */
public record ImportRequest(String fileName, Map<String, String> options) {

  /**
   * Option with the name of the worksheet to read; without it an adapter picks the first sheet with
   * a recognisable header.
   */
  public static final String SHEET = "sheet";

  /**
   * Option with the character encoding of a text file, overriding detection: {@code UTF-8}, {@code
   * UTF-16}, {@code windows-1258}, {@code TCVN3} or {@code VNI}.
   */
  public static final String ENCODING = "encoding";

  public ImportRequest {
    Objects.requireNonNull(fileName, "fileName");
    options = Map.copyOf(options);
  }

  public static ImportRequest of(String fileName) {
    return new ImportRequest(fileName, Map.of());
  }

  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name)).filter(value -> !value.isBlank());
  }
}
