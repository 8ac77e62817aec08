package vn.hoso.api.personnel;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import vn.hoso.api.scope.UnitScope;

/**
 * Creates and updates many people in one transaction, as an import does.
 *
 * <p>Each candidate is matched to a stored person by identity number, then by civil servant number,
 * and classified as new, updated, unchanged or rejected. Validation is the one of {@link
 * RecordService}, with the same codes and messages. A matched person outside the caller's scope is
 * rejected with code {@code person-out-of-scope}; two candidates with the same identity or civil
 * servant number are rejected with code {@code duplicate-in-file} from the second on.
 *
 * <p>Every create and update is audited with {@link ChangeContext#reason()}, which an import sets
 * to its job id. Writing the same candidates again changes nothing and classifies every one as
 * unchanged. Events on {@link RecordEvents#CHANGED_TOPIC} are posted only after a commit.
 *
 * <p>Threading: implementations are thread-safe.
 */
@ProviderType
public interface BulkRecordService {

  /**
   * Classifies the candidates and, unless the mode is {@link BulkWriteMode#DRY_RUN}, writes them in
   * one transaction.
   *
   * @throws IllegalStateException when a {@link BulkWriteMode#VALID_ONLY} write finds a candidate
   *     invalid that its first, rolled back pass found valid, because another transaction changed
   *     the records in between; nothing is written then
   */
  BulkWriteResult write(
      UnitScope scope, ChangeContext change, List<PersonCandidate> candidates, BulkWriteMode mode);
}
