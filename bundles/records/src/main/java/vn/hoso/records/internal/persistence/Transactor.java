package vn.hoso.records.internal.persistence;

import java.util.function.Function;
import javax.persistence.EntityManager;

/**
 * Runs work in one resource-local transaction: committed when the work returns, rolled back when it
 * throws. Inside OSGi it is Aries JPA's JpaTemplate; outside, a plain EntityManagerFactory.
 */
public interface Transactor {

  /**
   * Runs the work in a transaction and returns its result.
   *
   * @throws RuntimeException the work's own exception, unchanged, after the rollback; or the
   *     commit's exception, such as a {@code javax.persistence.RollbackException}
   */
  <T> T inTransaction(Function<EntityManager, T> work);
}
