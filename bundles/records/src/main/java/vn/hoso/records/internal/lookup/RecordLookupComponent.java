package vn.hoso.records.internal.lookup;

import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.hoso.api.personnel.RecordLookup;
import vn.hoso.api.system.MigratedSchema;

/** Publishes the look-ups by identity number and unit code once the records schema is migrated. */
@Component(service = RecordLookup.class)
public final class RecordLookupComponent extends RecordLookupService {

  @Activate
  public RecordLookupComponent(
      @Reference(target = "(osgi.jndi.service.name=hoso)") DataSource dataSource,
      @Reference(target = "(" + MigratedSchema.OWNER_PROPERTY + "=vn.hoso.records)")
          MigratedSchema recordsSchema) {
    super(dataSource);
  }
}
