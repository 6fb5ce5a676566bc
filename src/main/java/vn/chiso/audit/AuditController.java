package vn.chiso.audit;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chiso.common.PageView;
import vn.chiso.common.excel.TableWorkbook;
import vn.chiso.security.CurrentUser;

/** The audit trail search, for Sở Nội vụ and administrators (URL rule in the security config). */
@Controller
@RequestMapping("/audit")
class AuditController {

	private final AuditService audit;

	private final AuditExcelExport export;

	AuditController(AuditService audit, AuditExcelExport export) {
		this.audit = audit;
		this.export = export;
	}

	@GetMapping
	String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
			@RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
		var query = new AuditService.AuditQuery(actor, entityType, q, from, to);
		PageView.Paging paging = PageView.Paging.of(page, size);
		PageView<AuditService.AuditEventView> events = PageView.of(this.audit.search(user, query, paging), paging,
				request);
		model.addAttribute("query", query);
		model.addAttribute("page", events);
		model.addAttribute("events", events.items());
		return "audit/list";
	}

	/** The search as .xlsx: every event the screen finds with the same criteria, on all its pages. */
	@GetMapping("/export.xlsx")
	void exportSearch(@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
			@RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate to,
			@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		TableWorkbook.prepare(response, "nhat-ky-thay-doi.xlsx");
		this.export.write(response.getOutputStream(), user, new AuditService.AuditQuery(actor, entityType, q, from, to));
	}

}
