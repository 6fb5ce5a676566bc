package vn.chiso.agency;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A named group of agencies as plans write it ("Các sở, ban, ngành"): every agency of its kinds plus listed members. */
@Entity
@Table(name = "agency_group")
class AgencyGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String description;

	@ElementCollection
	@CollectionTable(name = "agency_group_kind", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "kind")
	@Enumerated(EnumType.STRING)
	private Set<AgencyKind> kinds = new HashSet<>();

	@ManyToMany
	@JoinTable(name = "agency_group_member", joinColumns = @JoinColumn(name = "group_id"),
			inverseJoinColumns = @JoinColumn(name = "agency_id"))
	private Set<Agency> members = new HashSet<>();

	@Version
	private long version;

	protected AgencyGroup() {
	}

	AgencyGroup(String code, String name, String description, Set<AgencyKind> kinds) {
		this.code = code;
		this.name = name;
		this.description = description;
		this.kinds.addAll(kinds);
	}

	void addMember(Agency agency) {
		this.members.add(agency);
	}

	/** Replaces everything an administrator edits; members are the explicitly listed agencies. */
	void update(String code, String name, String description, Set<AgencyKind> kinds, Set<Agency> members) {
		this.code = code;
		this.name = name;
		this.description = description;
		this.kinds.clear();
		this.kinds.addAll(kinds);
		this.members.clear();
		this.members.addAll(members);
	}

	long getVersion() {
		return this.version;
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	String getDescription() {
		return this.description;
	}

	Set<AgencyKind> getKinds() {
		return this.kinds;
	}

	Set<Agency> getMembers() {
		return this.members;
	}

}
