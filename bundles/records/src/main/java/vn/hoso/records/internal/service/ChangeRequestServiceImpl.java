package vn.hoso.records.internal.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.api.personnel.ChangeContext;
import vn.hoso.api.personnel.Page;
import vn.hoso.api.personnel.change.ChangeProposal;
import vn.hoso.api.personnel.change.ChangeRequest;
import vn.hoso.api.personnel.change.ChangeRequestQuery;
import vn.hoso.api.personnel.change.ChangeRequestService;
import vn.hoso.api.personnel.change.Evidence;
import vn.hoso.api.personnel.change.FieldChange;
import vn.hoso.api.scope.UnitScope;
import vn.hoso.records.internal.change.ChangeRequestOperations;
import vn.hoso.records.internal.change.EvidenceChecks;
import vn.hoso.records.internal.persistence.Transactor;
import vn.hoso.records.internal.text.Texts;
import vn.hoso.records.internal.validation.Problems;

/**
 * The change request service, independent of OSGi. Approvals write through the same {@link Writes}
 * as the record service, so their changes are audited and posted alike.
 */
public class ChangeRequestServiceImpl implements ChangeRequestService {

  private static final Logger LOG = LoggerFactory.getLogger(ChangeRequestServiceImpl.class);

  private final Transactor transactor;
  private final Clock clock;
  private final Writes writes;

  public ChangeRequestServiceImpl(Transactor transactor, Clock clock, ChangeListener listener) {
    this.transactor = transactor;
    this.clock = clock;
    this.writes = new Writes(transactor, clock, listener);
  }

  @Override
  public ChangeRequest submit(
      UnitScope scope, String actor, long personId, ChangeProposal proposal, Evidence evidence) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(proposal, "proposal");
    ChangeContext submitter = new ChangeContext(actor, null);
    Problems problems = new Problems();
    checkText(problems, "note", proposal.note(), false);
    Evidence checkedEvidence = evidence == null ? null : EvidenceChecks.check(evidence, problems);
    problems.throwIfAny();

    // The dry run works with every unit, so that only the submitter's scope decides what they
    // reach.
    List<FieldChange> changes =
        writes.dryRun(
            UnitScope.all(),
            submitter,
            session -> ChangeRequestOperations.propose(session, scope, personId, proposal));
    ChangeRequest stored =
        transactor.inTransaction(
            em ->
                ChangeRequestOperations.store(
                    em, personId, proposal, changes, checkedEvidence, actor, now()));
    LOG.info(
        "User '{}' submitted change request {} ({}) about person {}",
        actor,
        stored.id(),
        stored.operation(),
        personId);
    return stored;
  }

  @Override
  public Page<ChangeRequest> find(UnitScope scope, ChangeRequestQuery query) {
    return transactor.inTransaction(em -> ChangeRequestOperations.find(em, scope, query));
  }

  @Override
  public ChangeRequest request(UnitScope scope, long requestId) {
    return transactor.inTransaction(
        em -> ChangeRequestOperations.view(em, ChangeRequestOperations.find(em, scope, requestId)));
  }

  @Override
  public Evidence evidence(UnitScope scope, long requestId) {
    return transactor.inTransaction(em -> ChangeRequestOperations.evidence(em, scope, requestId));
  }

  @Override
  public ChangeRequest approve(UnitScope scope, String actor, long requestId) {
    ChangeContext officer = new ChangeContext(actor, ChangeRequestService.auditReason(requestId));

    ChangeRequest approved =
        writes.run(scope, officer, session -> ChangeRequestOperations.approve(session, requestId));

    LOG.info("User '{}' approved change request {}", actor, requestId);
    return approved;
  }

  @Override
  public ChangeRequest reject(UnitScope scope, String actor, long requestId, String reason) {
    String cleaned = Texts.clean(reason);
    Problems problems = new Problems();
    checkText(problems, "rejectionReason", cleaned, true);
    problems.throwIfAny();

    ChangeRequest rejected =
        writes.run(
            scope,
            new ChangeContext(actor, null),
            session -> ChangeRequestOperations.reject(session, requestId, cleaned));

    LOG.info("User '{}' rejected change request {}", actor, requestId);
    return rejected;
  }

  private static void checkText(Problems problems, String field, String text, boolean required) {
    if (required && !problems.required(field, Texts.clean(text))) {
      return;
    }
    if (text != null && text.length() > TEXT_MAX_LENGTH) {
      problems.add(field, "too-long", text.length(), TEXT_MAX_LENGTH);
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
