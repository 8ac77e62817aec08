package vn.hoso.api.imports;

import java.io.InputStream;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads one file format into candidate rows for the import engine.
 *
 * <p>Register an implementation as an OSGi service with the properties below. The engine collects
 * every adapter through a dynamic, multiple reference: installing or removing an adapter's feature
 * adds or removes its format without restarting anything else. To choose an adapter for a file the
 * engine passes the first bytes to every adapter's {@link #probe} and takes the most certain
 * result, using the file's extension and media type to break a tie.
 *
 * <p>Threading: an adapter is a stateless service. {@link #probe} and {@link #open} are called
 * concurrently, for different files, from any thread. Each {@link ImportReader} is used by one
 * thread; see its contract.
 *
 * <p>Service properties:
 *
 * <ul>
 *   <li>{@value #ID_PROPERTY} (String, required): the adapter's stable id, the same as {@link
 *       #id()}.
 *   <li>{@value #MEDIA_TYPES_PROPERTY} (String[]): the media types of {@link #mediaTypes()}, so the
 *       engine can filter adapters without calling them.
 *   <li>{@value #EXTENSIONS_PROPERTY} (String[]): the extensions of {@link #extensions()}.
 * </ul>
 */
@ConsumerType
public interface ImportAdapter {

  /** Service property with the adapter's id, for example {@code "xlsx"}. */
  String ID_PROPERTY = "hoso.import.id";

  /** Service property with the media types the adapter reads. */
  String MEDIA_TYPES_PROPERTY = "hoso.import.media-types";

  /** Service property with the file name extensions the adapter reads, lower case, without dot. */
  String EXTENSIONS_PROPERTY = "hoso.import.extensions";

  /** How many first bytes of a file the engine passes to {@link #probe}, at most. */
  int PROBE_LENGTH = 4096;

  /** Stable id in kebab case, for example {@code "xlsx"} or {@code "csv"}. */
  String id();

  /** The format's name for the user, in Vietnamese, for example "Excel (.xlsx)". */
  String title();

  /** Media types the adapter reads, for example {@code text/csv}. */
  Set<String> mediaTypes();

  /** File name extensions the adapter reads, lower case and without the dot. */
  Set<String> extensions();

  /**
   * Judges from the first bytes of a file whether this adapter can read it. Must not throw and must
   * return quickly.
   *
   * @param head the first {@link #PROBE_LENGTH} bytes of the file, or all of it when shorter
   */
  ProbeResult probe(byte[] head);

  /**
   * Opens a file for reading: finds the worksheet, the header row and the encoding, so that {@link
   * ImportReader#table()} is known when this returns.
   *
   * <p>The reader reads {@code in} as it goes; the caller closes {@code in} after closing the
   * reader. A fatal problem of the file (not this format, corrupt, too large, no recognisable
   * header) throws here or, when it lies further in the file, from {@link ImportReader#next()}.
   *
   * @throws ImportException with one of the codes of {@link ImportException}
   */
  ImportReader open(InputStream in, ImportRequest request) throws ImportException;
}
