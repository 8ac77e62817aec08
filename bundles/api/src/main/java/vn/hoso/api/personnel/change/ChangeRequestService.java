package vn.hoso.api.personnel.change;

import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;
import vn.hoso.api.personnel.Page;
import vn.hoso.api.personnel.RecordNotFoundException;
import vn.hoso.api.personnel.RecordService;
import vn.hoso.api.personnel.StaleVersionException;
import vn.hoso.api.personnel.ValidationException;
import vn.hoso.api.personnel.history.HistoryKind;
import vn.hoso.api.scope.UnitScope;

/**
 * Change requests: an employee proposes a change to their own record with a note and an optional
 * evidence file, and a personnel officer approves or rejects it.
 *
 * <p>Every method takes the caller's {@link UnitScope}. A request is in scope when its person is,
 * so a request behaves as if it did not exist ({@link RecordNotFoundException}) for callers who
 * cannot see the person, and the requests of a deleted person are seen by no one. Approvals and
 * rejections see only the scope's units, like the record service's writes, so the scope's own
 * person grants no decision.
 *
 * <p>An approval applies the change the way {@link RecordService} does, with the officer as the
 * actor and {@link #auditReason} as the reason of every audit entry, in one transaction with the
 * request's new status: either both are stored or neither.
 *
 * <p>Threading: implementations are thread-safe.
 */
@ProviderType
public interface ChangeRequestService {

  /** Maximum length of the employee's note and of an officer's rejection reason. */
  int TEXT_MAX_LENGTH = 2000;

  /** Largest evidence file in bytes (512 KiB), so that its Base64 form fits a 1 MiB request. */
  int EVIDENCE_MAX_BYTES = 512 * 1024;

  /** Maximum length of an evidence file's name. */
  int EVIDENCE_NAME_MAX_LENGTH = 200;

  /** Media types accepted for evidence files. */
  Set<String> EVIDENCE_CONTENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

  /**
   * Fields of the person that an employee cannot propose to change: the unit and the positions (vị
   * trí việc làm, chức vụ, chức vụ kiêm nhiệm), which follow decisions of the agency.
   */
  Set<String> RESTRICTED_PERSON_FIELDS =
      Set.of("unitId", "jobPosition", "currentPosition", "concurrentPositions");

  /**
   * History tables an employee cannot propose to change: the salary history, which contains rank
   * and step, and the leadership terms, which contain positions.
   */
  List<HistoryKind<?>> RESTRICTED_KINDS = List.of(HistoryKind.SALARY, HistoryKind.LEADERSHIP_TERMS);

  /** Returns the reason written to the audit log for the changes of an approved request. */
  static String auditReason(long requestId) {
    return "change-request:" + requestId;
  }

  /**
   * Submits a request about a person in scope. The proposal is checked with the record service's
   * validation now, so that the request describes a change that can be stored.
   *
   * @param actor the user name of the employee
   * @throws RecordNotFoundException when the person or history row does not exist or is outside the
   *     scope
   * @throws StaleVersionException when the proposal names a version that is no longer current
   * @throws ValidationException when the proposal changes nothing, changes a restricted field or
   *     table (code {@code change-not-allowed}), is invalid, or the evidence file is too large, of
   *     another type or does not match its type
   */
  ChangeRequest submit(
      UnitScope scope, String actor, long personId, ChangeProposal proposal, Evidence evidence);

  /** Returns one page of the requests in scope that match the query, newest first. */
  Page<ChangeRequest> find(UnitScope scope, ChangeRequestQuery query);

  /**
   * Returns one request.
   *
   * @throws RecordNotFoundException when it does not exist or is outside the scope
   */
  ChangeRequest request(UnitScope scope, long requestId);

  /**
   * Returns the evidence file of a request.
   *
   * @throws RecordNotFoundException when the request does not exist, is outside the scope or has no
   *     evidence file
   */
  Evidence evidence(UnitScope scope, long requestId);

  /**
   * Approves a pending request: applies its change and marks it approved, in one transaction.
   *
   * @param actor the user name of the officer
   * @throws RecordNotFoundException when the request, its person or its row does not exist or is
   *     outside the scope
   * @throws ChangeRequestException when the request is not pending, or the officer submitted it
   * @throws StaleVersionException when the person or row changed after the request was submitted;
   *     the request stays pending
   * @throws ValidationException when the change no longer passes validation; the request stays
   *     pending
   */
  ChangeRequest approve(UnitScope scope, String actor, long requestId);

  /**
   * Rejects a pending request with a reason; the record stays unchanged.
   *
   * @param actor the user name of the officer
   * @throws RecordNotFoundException when the request does not exist or is outside the scope
   * @throws ChangeRequestException when the request is not pending, or the officer submitted it
   * @throws ValidationException when the reason is missing or longer than {@value #TEXT_MAX_LENGTH}
   *     characters
   */
  ChangeRequest reject(UnitScope scope, String actor, long requestId, String reason);
}
