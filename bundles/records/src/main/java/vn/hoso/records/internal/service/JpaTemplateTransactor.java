package vn.hoso.records.internal.service;

import java.util.function.Function;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import vn.hoso.records.internal.persistence.Transactor;

/**
 * Runs work through Aries JPA's template. On a RESOURCE_LOCAL unit the template supports only the
 * REQUIRED propagation: work nested in another call joins the outer transaction.
 */
final class JpaTemplateTransactor implements Transactor {

  private final JpaTemplate jpa;

  JpaTemplateTransactor(JpaTemplate jpa) {
    this.jpa = jpa;
  }

  @Override
  public <T> T inTransaction(Function<EntityManager, T> work) {
    // The template rethrows runtime exceptions unchanged after rolling back.
    return jpa.txExpr(TransactionType.Required, work::apply);
  }
}
