package vn.chiso.agency;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The administrator's agency group form: members are agencies of the kinds ticked plus the agencies listed. */
public class AgencyGroupForm {

	@NotBlank(message = "{agency.code.required}")
	@Size(max = 40, message = "{validation.maxLength}")
	@Pattern(regexp = "[A-Za-z0-9._-]*", message = "{agency.code.pattern}")
	private String code;

	@NotBlank(message = "{agency.group.name.required}")
	@Size(max = 300, message = "{validation.maxLength}")
	private String name;

	@Size(max = 1000, message = "{validation.maxLength}")
	private String description;

	private Set<AgencyKind> kinds = new LinkedHashSet<>();

	private Set<Long> memberIds = new LinkedHashSet<>();

	private long version;

	static AgencyGroupForm from(AgencyGroupDetail group) {
		AgencyGroupForm form = new AgencyGroupForm();
		form.code = group.code();
		form.name = group.name();
		form.description = group.description();
		form.kinds = new LinkedHashSet<>(group.kinds());
		group.members().forEach(m -> form.memberIds.add(m.id()));
		form.version = group.version();
		return form;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Set<AgencyKind> getKinds() {
		return this.kinds;
	}

	public void setKinds(Set<AgencyKind> kinds) {
		this.kinds = kinds == null ? new LinkedHashSet<>() : kinds;
	}

	public Set<Long> getMemberIds() {
		return this.memberIds;
	}

	public void setMemberIds(Set<Long> memberIds) {
		this.memberIds = memberIds == null ? new LinkedHashSet<>() : memberIds;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
