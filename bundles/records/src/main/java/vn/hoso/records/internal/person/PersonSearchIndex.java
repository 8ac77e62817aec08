package vn.hoso.records.internal.person;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.persistence.EntityManager;
import vn.hoso.records.internal.text.SearchTokens;
import vn.hoso.records.internal.text.SearchTokens.Token;

/**
 * Keeps the search columns of a person current: {@code name_exact}, the folded word rows and the
 * exact word rows.
 */
final class PersonSearchIndex {

  static final int NAME_EXACT_LENGTH = 500;

  private PersonSearchIndex() {}

  /** Returns the words of the person's full name and other names, in order. */
  static List<Token> tokens(PersonEntity person) {
    return Stream.of(person.getFullName(), person.getOtherNames())
        .flatMap(name -> SearchTokens.of(name).stream())
        .toList();
  }

  /** Sets {@code name_exact}: the exact forms of the words, surrounded by spaces. */
  static void updateExactName(PersonEntity person) {
    String exact =
        tokens(person).stream().map(Token::exact).collect(Collectors.joining(" ", " ", " "));
    person.setNameExact(
        exact.length() > NAME_EXACT_LENGTH ? exact.substring(0, NAME_EXACT_LENGTH) : exact);
  }

  /**
   * Replaces the word rows of a stored person, folded and exact, with the words of their names now.
   */
  static void replaceTokens(EntityManager em, PersonEntity person) {
    deleteTokens(em, person.getId());
    Set<String> folded = new LinkedHashSet<>();
    Set<String> exact = new LinkedHashSet<>();
    for (Token token : tokens(person)) {
      folded.add(token.folded());
      exact.add(token.exact());
    }
    for (String word : folded) {
      em.persist(new PersonNameTokenEntity(person.getId(), word, person.getSortKey()));
    }
    for (String word : exact) {
      em.persist(new PersonNameExactTokenEntity(person.getId(), word, person.getSortKey()));
    }
  }

  static void deleteTokens(EntityManager em, long personId) {
    em.createQuery("DELETE FROM PersonNameTokenEntity t WHERE t.personId = :personId")
        .setParameter("personId", personId)
        .executeUpdate();
    em.createQuery("DELETE FROM PersonNameExactTokenEntity t WHERE t.personId = :personId")
        .setParameter("personId", personId)
        .executeUpdate();
  }
}
