package vn.hoso.records.internal.change;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import vn.hoso.api.personnel.change.ChangeRequestService;
import vn.hoso.api.personnel.change.Evidence;
import vn.hoso.records.internal.validation.Problems;

/**
 * Checks an evidence file: its name, its size, and that its content starts the way files of its
 * declared type do, so that a file cannot pass for a PDF or an image it is not.
 */
public final class EvidenceChecks {

  /** The first bytes of each accepted type: the PDF header, the JPEG SOI marker, the PNG header. */
  private static final Map<String, byte[]> SIGNATURES =
      Map.of(
          "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'},
          "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
          "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

  private EvidenceChecks() {}

  /**
   * Returns the evidence with its name cut to the part after the last folder separator and its
   * media type in lower case without parameters, adding a problem for every rule it breaks.
   */
  public static Evidence check(Evidence evidence, Problems problems) {
    String name = fileName(evidence.fileName());
    if (problems.required("evidence.fileName", name)) {
      if (name.length() > ChangeRequestService.EVIDENCE_NAME_MAX_LENGTH) {
        problems.add(
            "evidence.fileName",
            "too-long",
            name.length(),
            ChangeRequestService.EVIDENCE_NAME_MAX_LENGTH);
      } else if (name.chars().anyMatch(Character::isISOControl)) {
        problems.add("evidence.fileName", "file-name-invalid", name.replaceAll("\\p{Cntrl}", "?"));
      }
    }

    String type = mediaType(evidence.contentType());
    if (problems.required("evidence.contentType", type)
        && !ChangeRequestService.EVIDENCE_CONTENT_TYPES.contains(type)) {
      problems.add("evidence.contentType", "evidence-type-not-allowed", type);
    }

    byte[] content = evidence.content();
    if (content.length == 0) {
      problems.required("evidence.content", null);
    } else if (content.length > ChangeRequestService.EVIDENCE_MAX_BYTES) {
      problems.add(
          "evidence.content",
          "evidence-too-large",
          content.length,
          ChangeRequestService.EVIDENCE_MAX_BYTES);
    } else if (SIGNATURES.containsKey(type) && !startsWith(content, SIGNATURES.get(type))) {
      problems.add("evidence.content", "evidence-content-mismatch", type);
    }
    return new Evidence(name, type, content);
  }

  private static String fileName(String given) {
    if (given == null) {
      return null;
    }
    String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
    return name.isEmpty() ? null : name;
  }

  private static String mediaType(String given) {
    if (given == null) {
      return null;
    }
    int parameters = given.indexOf(';');
    String type = (parameters < 0 ? given : given.substring(0, parameters)).strip();
    return type.isEmpty() ? null : type.toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length
        && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }
}
