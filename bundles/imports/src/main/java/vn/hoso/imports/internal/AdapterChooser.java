package vn.hoso.imports.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.hoso.api.imports.ImportAdapter;
import vn.hoso.api.imports.ProbeResult;

/**
 * Chooses the adapter of a file: the one the user named, else the most certain probe result, with a
 * matching extension or media type breaking a tie. An adapter whose extension matches is taken even
 * when its probe finds no match, so that a damaged file gets that adapter's own error.
 */
final class AdapterChooser {

  private AdapterChooser() {}

  static Optional<ImportAdapter> choose(
      List<ImportAdapter> adapters,
      String adapterId,
      String fileName,
      String mediaType,
      byte[] head) {
    if (!adapterId.isBlank()) {
      return adapters.stream()
          .filter(adapter -> adapter.id().equals(adapterId.strip()))
          .findFirst();
    }
    String extension = extension(fileName);
    String type = mediaType.toLowerCase(Locale.ROOT).split(";")[0].strip();
    return adapters.stream()
        .map(adapter -> new Candidate(adapter, score(adapter, head, extension, type)))
        .filter(candidate -> candidate.score() > 0)
        .max(Comparator.comparingInt(Candidate::score))
        .map(Candidate::adapter);
  }

  private record Candidate(ImportAdapter adapter, int score) {}

  /**
   * Returns 0 for an adapter that does not fit. A certain probe counts 4 and a possible one 2; a
   * matching extension or media type adds 1 each, so it only breaks ties between equal probes.
   */
  private static int score(ImportAdapter adapter, byte[] head, String extension, String type) {
    ProbeResult probe = adapter.probe(head);
    boolean extensionMatches = !extension.isEmpty() && adapter.extensions().contains(extension);
    boolean typeMatches = !type.isEmpty() && adapter.mediaTypes().contains(type);
    int score =
        switch (probe) {
          case CERTAIN -> 4;
          case POSSIBLE -> 2;
          case NO_MATCH -> 0;
        };
    if (score == 0 && !extensionMatches) {
      return 0;
    }
    return score + (extensionMatches ? 1 : 0) + (typeMatches ? 1 : 0);
  }

  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
  }
}
