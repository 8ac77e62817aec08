package vn.hoso.records.internal.reference;

import javax.persistence.Entity;
import javax.persistence.Table;

/** An ethnic group (dân tộc). */
@Entity
@Table(name = "ref_ethnicity")
public class EthnicityEntity extends CodeListEntry {}
