package vn.hoso.records.internal.reference;

import javax.persistence.Entity;
import javax.persistence.Table;

/** A kind of unit. */
@Entity
@Table(name = "ref_unit_kind")
public class UnitKindEntity extends CodeListEntry {}
