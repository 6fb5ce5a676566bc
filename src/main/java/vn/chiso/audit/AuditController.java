package vn.chiso.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail search, for Sở Nội vụ and administrators (URL rule in the security config). */
@Controller
@RequestMapping("/audit")
class AuditController {

	private final AuditService audit;

	AuditController(AuditService audit) {
		this.audit = audit;
	}

	@GetMapping
	String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
			@RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate to, Model model) {
		var query = new AuditService.AuditQuery(actor, entityType, q, from, to);
		model.addAttribute("query", query);
		model.addAttribute("events", this.audit.search(query, 500));
		return "audit/list";
	}

}
