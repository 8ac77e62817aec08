package vn.hoso.api.imports;

import java.util.Map;
import java.util.Objects;

/**
 * An uploaded file's description.
 *
 * @param fileName the name the user gave, used for the extension and in messages; may be empty
 * @param mediaType the declared media type, or empty
 * @param adapterId the adapter the user chose, or empty to detect it
 * @param options reading options for the adapter, see {@link ImportRequest}, plus {@value
 *     #DEFAULT_UNIT}
 */
public record ImportUpload(
    String fileName, String mediaType, String adapterId, Map<String, String> options) {

  /** Option with the id or code of the unit of rows that name no unit and follow no section row. */
  public static final String DEFAULT_UNIT = "unit";

  public ImportUpload {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(adapterId, "adapterId");
    options = Map.copyOf(options);
  }
}
