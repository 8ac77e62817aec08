package vn.hoso.api.personnel;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import vn.hoso.api.scope.UnitScope;

/**
 * Finds units and people by the keys people type, for tools such as the administration shell that
 * take a code or identity number instead of an identifier.
 *
 * <p>Threading: implementations are thread-safe.
 */
@ProviderType
public interface RecordLookup {

  /**
   * Returns the person in scope with this identity number (12-digit personal identification number
   * or 9-digit old identity card number), or empty when there is none.
   */
  Optional<Long> personByIdentityNumber(UnitScope scope, String identityNumber);

  /** Returns the unit in scope with this code, or empty when there is none. */
  Optional<Long> unitByCode(UnitScope scope, String code);
}
