package vn.hoso.records.internal.reference;

import javax.persistence.Entity;
import javax.persistence.Table;

/** A religion (tôn giáo), or none. */
@Entity
@Table(name = "ref_religion")
public class ReligionEntity extends CodeListEntry {}
