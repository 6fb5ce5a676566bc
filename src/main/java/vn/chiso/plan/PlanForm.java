package vn.chiso.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The plan header as edited in the browser. */
public class PlanForm {

	@NotBlank
	@Size(max = 60)
	private String code;

	private LocalDate issueDate;

	@NotBlank
	@Size(max = 2000)
	private String title;

	@Size(max = 300)
	private String issuingBody;

	@Size(max = 300)
	private String signer;

	@NotNull
	@Min(2000)
	@Max(2100)
	private Integer firstYear;

	@NotNull
	@Min(2000)
	@Max(2100)
	private Integer lastYear;

	@Size(max = 1000)
	private String replacesText;

	private Long replacesPlanId;

	/** Kế hoạch, Chỉ thị or Quyết định: what the document is captioned as in reports. */
	@NotNull
	private DocumentKind documentKind = DocumentKind.PLAN;

	private long version;

	static PlanForm from(PlanViews.PlanSummary p) {
		PlanForm f = new PlanForm();
		f.code = p.code();
		f.issueDate = p.issueDate();
		f.title = p.title();
		f.issuingBody = p.issuingBody();
		f.signer = p.signer();
		f.firstYear = p.firstYear();
		f.lastYear = p.lastYear();
		f.replacesText = p.replacesText();
		f.replacesPlanId = p.replacesPlanId();
		f.documentKind = p.documentKind() == null ? DocumentKind.PLAN : p.documentKind();
		f.version = p.version();
		return f;
	}

	public String getCode() { return this.code; }
	public void setCode(String code) { this.code = code; }
	public LocalDate getIssueDate() { return this.issueDate; }
	public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
	public String getTitle() { return this.title; }
	public void setTitle(String title) { this.title = title; }
	public String getIssuingBody() { return this.issuingBody; }
	public void setIssuingBody(String issuingBody) { this.issuingBody = issuingBody; }
	public String getSigner() { return this.signer; }
	public void setSigner(String signer) { this.signer = signer; }
	public Integer getFirstYear() { return this.firstYear; }
	public void setFirstYear(Integer firstYear) { this.firstYear = firstYear; }
	public Integer getLastYear() { return this.lastYear; }
	public void setLastYear(Integer lastYear) { this.lastYear = lastYear; }
	public String getReplacesText() { return this.replacesText; }
	public void setReplacesText(String replacesText) { this.replacesText = replacesText; }
	public Long getReplacesPlanId() { return this.replacesPlanId; }
	public void setReplacesPlanId(Long replacesPlanId) { this.replacesPlanId = replacesPlanId; }
	public DocumentKind getDocumentKind() { return this.documentKind; }
	public void setDocumentKind(DocumentKind documentKind) { this.documentKind = documentKind; }
	public long getVersion() { return this.version; }
	public void setVersion(long version) { this.version = version; }

}
