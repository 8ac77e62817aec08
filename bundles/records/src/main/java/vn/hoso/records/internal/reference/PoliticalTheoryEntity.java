package vn.hoso.records.internal.reference;

import javax.persistence.Entity;
import javax.persistence.Table;

/** A level of political theory (lý luận chính trị). */
@Entity
@Table(name = "ref_political_theory")
public class PoliticalTheoryEntity extends CodeListEntry {}
