package vn.chiso.catalog;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Everyone signed in reads the catalog: indices, their criteria sets and each set's tree; sets download as .xlsx. */
@Controller
@RequestMapping("/catalog")
class CatalogController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final CatalogService catalog;

	private final CriteriaExcelExport export;

	CatalogController(CatalogService catalog, CriteriaExcelExport export) {
		this.catalog = catalog;
		this.export = export;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("indices", this.catalog.indices());
		return "catalog/index";
	}

	@GetMapping("/sets/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("view", this.catalog.getSetView(id));
		model.addAttribute("editing", false);
		return "catalog/set";
	}

	@GetMapping("/sets/{id}/export")
	ResponseEntity<byte[]> download(@PathVariable Long id) {
		SetSummary set = this.catalog.getSet(id);
		String fileName = "bo-tieu-chi-" + set.indexCode().toLowerCase() + "-" + set.year() + "-"
				+ set.subject().name().toLowerCase() + "-v" + set.revision() + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(this.export.export(id));
	}

}
