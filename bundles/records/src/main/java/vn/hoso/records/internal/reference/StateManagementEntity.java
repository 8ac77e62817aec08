package vn.hoso.records.internal.reference;

import javax.persistence.Entity;
import javax.persistence.Table;

/** A level of state management training (quản lý nhà nước). */
@Entity
@Table(name = "ref_state_management")
public class StateManagementEntity extends CodeListEntry {}
