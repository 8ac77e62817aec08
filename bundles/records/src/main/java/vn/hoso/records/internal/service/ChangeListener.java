package vn.hoso.records.internal.service;

import vn.hoso.records.internal.persistence.ChangeSession.PersonChange;

/** Receives the changes to people once their transaction has committed. */
@FunctionalInterface
public interface ChangeListener {

  /** Called after the commit, once per changed row; must not throw. */
  void committed(PersonChange change);
}
