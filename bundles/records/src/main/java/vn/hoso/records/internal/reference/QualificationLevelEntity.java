package vn.hoso.records.internal.reference;

import javax.persistence.Entity;
import javax.persistence.Table;

/** A level of professional qualification (trình độ chuyên môn). */
@Entity
@Table(name = "ref_qualification_level")
public class QualificationLevelEntity extends CodeListEntry {}
