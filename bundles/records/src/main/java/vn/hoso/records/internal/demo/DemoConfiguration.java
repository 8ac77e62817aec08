package vn.hoso.records.internal.demo;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration {@value #PID}: the demo data loaded on the first start. */
@ObjectClassDefinition(
    id = DemoConfiguration.PID,
    name = "Hoso demo data",
    description =
        "A generated ministry of about 3,000 people, loaded once into an empty embedded database")
public @interface DemoConfiguration {

  String PID = "vn.hoso.demo";

  @AttributeDefinition(
      name = "Enabled",
      description =
          "Load the demo data into an empty database of one of the listed products; false never"
              + " loads it")
  boolean enabled() default true;

  @AttributeDefinition(
      name = "Databases",
      description =
          "Database products the demo data may go into, as JDBC names them: H2, PostgreSQL")
  String[] databases() default {"H2"};

  @AttributeDefinition(
      name = "People",
      description = "How many people to generate (1 to 100000)",
      min = "1",
      max = "100000")
  int people() default 3000;

  @AttributeDefinition(
      name = "Seed",
      description = "Seed of the generator; the same seed and day give the same data")
  long seed() default 1L;
}
