package vn.hoso.records.internal.person;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.persistence.EntityManager;
import vn.hoso.records.internal.text.SearchTokens;
import vn.hoso.records.internal.text.SearchTokens.Token;
import vn.hoso.records.internal.text.WordTriples;

/**
 * Keeps the search columns of a person current: {@code name_exact}, the folded and exact word rows,
 * and the folded and exact rows of their triples ({@link WordTriples}).
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
   * The search rows of a person: distinct folded and exact words, and the folded and exact triples.
   */
  record Rows(
      Set<String> folded, Set<String> exact, List<String> triples, List<String> exactTriples) {}

  /** Returns the word and triple rows of the person's names now. */
  static Rows rows(PersonEntity person) {
    Set<String> folded = new LinkedHashSet<>();
    Set<String> exact = new LinkedHashSet<>();
    for (Token token : tokens(person)) {
      folded.add(token.folded());
      exact.add(token.exact());
    }
    return new Rows(
        folded,
        exact,
        List.copyOf(WordTriples.foldedRows(folded, exact)),
        List.copyOf(WordTriples.exactRows(exact)));
  }

  /**
   * Replaces the word and triple rows of a stored person, folded and exact, with those of their
   * names now.
   */
  static void replaceTokens(EntityManager em, PersonEntity person) {
    deleteTokens(em, person.getId());
    Rows rows = rows(person);
    for (String word : rows.folded()) {
      em.persist(new PersonNameTokenEntity(person.getId(), word, person.getSortKey()));
    }
    for (String word : rows.exact()) {
      em.persist(new PersonNameExactTokenEntity(person.getId(), word, person.getSortKey()));
    }
    for (String words : rows.triples()) {
      em.persist(new PersonNameTripleEntity(person.getId(), words, person.getSortKey()));
    }
    for (String words : rows.exactTriples()) {
      em.persist(new PersonNameExactTripleEntity(person.getId(), words, person.getSortKey()));
    }
  }

  static void deleteTokens(EntityManager em, long personId) {
    em.createQuery("DELETE FROM PersonNameTokenEntity t WHERE t.personId = :personId")
        .setParameter("personId", personId)
        .executeUpdate();
    em.createQuery("DELETE FROM PersonNameExactTokenEntity t WHERE t.personId = :personId")
        .setParameter("personId", personId)
        .executeUpdate();
    em.createQuery("DELETE FROM PersonNameTripleEntity t WHERE t.personId = :personId")
        .setParameter("personId", personId)
        .executeUpdate();
    em.createQuery("DELETE FROM PersonNameExactTripleEntity t WHERE t.personId = :personId")
        .setParameter("personId", personId)
        .executeUpdate();
  }
}
