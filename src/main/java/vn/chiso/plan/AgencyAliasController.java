package vn.chiso.plan;

import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chiso.agency.AgencyService;
import vn.chiso.audit.AuditService;
import vn.chiso.common.Flash;

/** Administrators extend the names the agency matcher knows (URL rule: /admin/** is QUAN_TRI only). */
@Controller
@RequestMapping("/admin/agency-aliases")
class AgencyAliasController {

	record AliasRow(Long id, Long agencyId, String agencyName, String alias) {
	}

	private final JdbcClient jdbc;

	private final AgencyService agencies;

	private final AuditService audit;

	AgencyAliasController(JdbcClient jdbc, AgencyService agencies, AuditService audit) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.audit = audit;
	}

	@GetMapping
	String list(Model model) {
		List<AliasRow> rows = this.jdbc.sql("""
				select l.id, l.agency_id, a.name, l.alias from agency_alias l join agency a on a.id = l.agency_id
				order by a.name, l.alias""")
			.query((rs, n) -> new AliasRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.list();
		model.addAttribute("aliases", rows);
		model.addAttribute("agencies", this.agencies.findAll());
		return "plan/aliases";
	}

	@PostMapping
	@Transactional
	public String add(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) String alias,
			RedirectAttributes redirect) {
		if (agencyId == null || alias == null || alias.isBlank()) {
			Flash.error(redirect, "alias.required");
			return "redirect:/admin/agency-aliases";
		}
		try {
			long id = this.jdbc.sql("insert into agency_alias (agency_id, alias) values (:agency, :alias) returning id")
				.param("agency", agencyId)
				.param("alias", alias.trim())
				.query(Long.class)
				.single();
			this.audit.record("AGENCY_ALIAS_ADDED", "AGENCY", agencyId, agencyId, "Thêm tên gọi khác \"" + alias.trim() + "\"",
					null, Map.of("aliasId", id, "alias", alias.trim()));
			Flash.success(redirect, "alias.added", alias.trim());
		}
		catch (DuplicateKeyException ex) {
			Flash.error(redirect, "alias.taken");
		}
		return "redirect:/admin/agency-aliases";
	}

	@PostMapping("/{id}/delete")
	@Transactional
	public String remove(@PathVariable Long id, RedirectAttributes redirect) {
		this.jdbc.sql("select agency_id, alias from agency_alias where id = :id").param("id", id).query().listOfRows()
			.forEach(row -> {
				this.jdbc.sql("delete from agency_alias where id = :id").param("id", id).update();
				Long agencyId = ((Number) row.get("agency_id")).longValue();
				this.audit.record("AGENCY_ALIAS_REMOVED", "AGENCY", agencyId, agencyId,
						"Xóa tên gọi khác \"" + row.get("alias") + "\"", Map.of("alias", row.get("alias")), null);
				Flash.success(redirect, "alias.removed", row.get("alias"));
			});
		return "redirect:/admin/agency-aliases";
	}

}
