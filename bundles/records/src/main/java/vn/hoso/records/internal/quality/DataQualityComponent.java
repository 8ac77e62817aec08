package vn.hoso.records.internal.quality;

import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.hoso.api.quality.DataQuality;
import vn.hoso.api.system.MigratedSchema;

/** Publishes the data-quality checks once the records schema is migrated. */
@Component(service = DataQuality.class)
public final class DataQualityComponent extends DataQualityService {

  @Activate
  public DataQualityComponent(
      @Reference(target = "(osgi.jndi.service.name=hoso)") DataSource dataSource,
      @Reference(target = "(" + MigratedSchema.OWNER_PROPERTY + "=vn.hoso.records)")
          MigratedSchema recordsSchema) {
    super(dataSource);
  }
}
