package vn.hoso.records.internal.persistence;

import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

/** Runs each unit of work with a new EntityManager of a factory, outside any container. */
public final class EntityManagerFactoryTransactor implements Transactor {

  private final EntityManagerFactory factory;

  public EntityManagerFactoryTransactor(EntityManagerFactory factory) {
    this.factory = factory;
  }

  @Override
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    EntityTransaction transaction = em.getTransaction();
    try {
      transaction.begin();
      T result = work.apply(em);
      transaction.commit();
      return result;
    } finally {
      if (transaction.isActive()) {
        transaction.rollback();
      }
      em.close();
    }
  }
}
