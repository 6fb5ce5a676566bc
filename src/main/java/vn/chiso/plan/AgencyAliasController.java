package vn.chiso.plan;

import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chiso.agency.AgencyService;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.Flash;
import vn.chiso.security.CurrentUser;

/**
 * Sở Nội vụ and administrators extend the names the agency matcher knows, to an agency or a group (URL rule:
 * /admin/agency-aliases/** is QUAN_TRI and SO_NOI_VU; the service checks the same rule). Stopped agencies are not
 * offered.
 */
@Controller
@RequestMapping("/admin/agency-aliases")
class AgencyAliasController {

	private final AgencyAliasService aliases;

	private final AgencyService agencies;

	AgencyAliasController(AgencyAliasService aliases, AgencyService agencies) {
		this.aliases = aliases;
		this.agencies = agencies;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("aliases", this.aliases.all());
		model.addAttribute("agencies", this.agencies.validOn(LocalDate.now()));
		model.addAttribute("groups", this.agencies.groups());
		return "plan/aliases";
	}

	/** {@code target} is "A:&lt;id&gt;" or "G:&lt;code&gt;"; {@code agencyId} is the older form of "A:&lt;id&gt;". */
	@PostMapping
	public String add(@RequestParam(required = false) String target, @RequestParam(required = false) Long agencyId,
			@RequestParam(required = false) String alias, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		String to = target != null && !target.isBlank() ? target : agencyId != null ? "A:" + agencyId : null;
		try {
			this.aliases.add(user, to, alias);
			Flash.success(redirect, "alias.added", alias.strip());
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		return "redirect:/admin/agency-aliases";
	}

	@PostMapping("/{id}/delete")
	public String remove(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		String removed = this.aliases.remove(user, id);
		if (removed != null) {
			Flash.success(redirect, "alias.removed", removed);
		}
		return "redirect:/admin/agency-aliases";
	}

}
