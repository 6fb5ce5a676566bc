package vn.chiso.agency;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chiso.common.Flash;
import vn.chiso.common.excel.XlsxImportException;

/** Administrators export the agency list to Excel and import agencies from Excel (URL rule: /admin/** is QUAN_TRI). */
@Controller
@RequestMapping("/admin/agencies")
class AgencyExcelController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final AgencyService agencies;

	private final AgencyExcelExport export;

	private final AgencyImport importer;

	AgencyExcelController(AgencyService agencies, AgencyExcelExport export, AgencyImport importer) {
		this.agencies = agencies;
		this.export = export;
		this.importer = importer;
	}

	@GetMapping("/export.xlsx")
	void exportAll(HttpServletResponse response) throws IOException {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("co-quan-don-vi.xlsx").build().toString());
		this.export.write(this.agencies.findAll(), this.agencies.byId(), response.getOutputStream());
	}

	@GetMapping("/import")
	String showImportForm(Model model) {
		model.addAttribute("headers", AgencyExcelExport.HEADERS);
		return "agency/import";
	}

	@PostMapping("/import")
	String importAgencies(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		model.addAttribute("headers", AgencyExcelExport.HEADERS);
		try {
			AgencyImport.Result result = this.importer.importWorkbook(file.getInputStream(), file.getSize());
			Flash.success(redirect, "agency.import.done", result.created(), result.updated());
			return "redirect:/admin/agencies";
		}
		catch (XlsxImportException ex) {
			model.addAttribute("fileError", ex.getMessageKey());
			model.addAttribute("fileErrorArgs", ex.getArgs());
			return "agency/import";
		}
		catch (AgencyImportException ex) {
			model.addAttribute("rowErrors", ex.getErrors());
			return "agency/import";
		}
	}

}
