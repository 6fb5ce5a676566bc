package vn.chiso.agency;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The administrator's agency form, for create and edit. */
public class AgencyForm {

	@NotBlank(message = "{agency.code.required}")
	@Size(max = 40, message = "{validation.maxLength}")
	@Pattern(regexp = "[A-Za-z0-9._-]*", message = "{agency.code.pattern}")
	private String code;

	@NotBlank(message = "{agency.name.required}")
	@Size(max = 300, message = "{validation.maxLength}")
	private String name;

	@Size(max = 120, message = "{validation.maxLength}")
	private String shortName;

	@NotNull(message = "{agency.kind.required}")
	private AgencyKind kind;

	private Long parentId;

	private Long successorId;

	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate validFrom;

	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate validTo;

	private boolean requiresHeadApproval = true;

	private long version;

	static AgencyForm from(AgencyView a) {
		AgencyForm f = new AgencyForm();
		f.code = a.code();
		f.name = a.name();
		f.shortName = a.shortName();
		f.kind = a.kind();
		f.parentId = a.parentId();
		f.successorId = a.successorId();
		f.validFrom = a.validFrom();
		f.validTo = a.validTo();
		f.requiresHeadApproval = a.requiresHeadApproval();
		f.version = a.version();
		return f;
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

	public String getShortName() {
		return this.shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public AgencyKind getKind() {
		return this.kind;
	}

	public void setKind(AgencyKind kind) {
		this.kind = kind;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public Long getSuccessorId() {
		return this.successorId;
	}

	public void setSuccessorId(Long successorId) {
		this.successorId = successorId;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}

	public boolean isRequiresHeadApproval() {
		return this.requiresHeadApproval;
	}

	public void setRequiresHeadApproval(boolean requiresHeadApproval) {
		this.requiresHeadApproval = requiresHeadApproval;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
