package vn.chiso.province;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chiso.common.Flash;
import vn.chiso.security.CurrentUser;

/** Administrators set the province's identity (URL rule: /admin/** is QUAN_TRI only). */
@Controller
@RequestMapping("/admin/province")
class ProvinceController {

	private final ProvinceProfileService profiles;

	ProvinceController(ProvinceProfileService profiles) {
		this.profiles = profiles;
	}

	@GetMapping
	String showForm(Model model) {
		model.addAttribute("provinceForm", this.profiles.form());
		return "province/edit";
	}

	@PostMapping
	String save(@Valid @ModelAttribute("provinceForm") ProvinceForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "province/edit";
		}
		ProvinceIdentity saved = this.profiles.save(form, user.getUsername());
		Flash.success(redirect, "province.saved", saved.provinceName());
		return "redirect:/admin/province";
	}

}
