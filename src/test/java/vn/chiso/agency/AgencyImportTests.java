package vn.chiso.agency;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyImportException.AgencyImportError;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ChiSoIntegrationTest
class AgencyImportTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final CurrentUser ADMIN = new CurrentUser(1L, "testadmin", null, "Quản trị", Role.QUAN_TRI, null,
			null, true, false);

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyService agencies;

	@Test
	void importsANewTreeWithParentsAndSuccessorsFromTheSameFile() throws Exception {
		String p = prefix();
		byte[] file = workbook(AgencyExcelExport.HEADERS,
				List.of(p + "SKHDT", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", "Sở, ban, ngành", "", "01/01/2008", "28/02/2025",
						p + "STC"),
				List.of(p + "STC", "Sở Tài chính", "STC", "so ban nganh", "", "", "", ""),
				List.of(p + "H1", "UBND huyện Thử nghiệm", "", "UBND_HUYEN", "", "", "30/6/2025", ""),
				List.of(p + "PHONG", "Phòng Tài chính huyện", "", "Khác", p + "H1", "", "", ""));
		MvcResult imported = upload(file).andReturn();
		assertThat(rowErrors(imported)).isNull();
		assertThat(imported.getResponse().getRedirectedUrl()).isEqualTo("/admin/agencies");
		assertThat(imported.getFlashMap().get("flash")).extracting("key").isEqualTo("agency.import.done");

		AgencyView skhdt = this.agencies.findByCode(p + "SKHDT").orElseThrow();
		AgencyView stc = this.agencies.findByCode(p + "STC").orElseThrow();
		assertThat(skhdt.shortName()).isEqualTo("Sở KH&ĐT");
		assertThat(skhdt.kind()).isEqualTo(AgencyKind.SO_BAN_NGANH);
		assertThat(skhdt.validFrom()).isEqualTo(LocalDate.of(2008, 1, 1));
		assertThat(skhdt.validTo()).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(skhdt.successorId()).isEqualTo(stc.id());
		assertThat(stc.kind()).isEqualTo(AgencyKind.SO_BAN_NGANH);
		assertThat(this.agencies.findByCode(p + "H1").orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(this.agencies.findByCode(p + "PHONG").orElseThrow().parentName()).isEqualTo("UBND huyện Thử nghiệm");
		assertThat(this.agencies.currentSuccessor(skhdt.id(), LocalDate.of(2025, 3, 1)).id()).isEqualTo(stc.id());

		// the same codes again: updates, not duplicates
		upload(workbook(AgencyExcelExport.HEADERS,
				List.of(p + "STC", "Sở Tài chính tỉnh", "STC", "Sở, ban, ngành", "", "", "", "")))
			.andExpect(redirectedUrl("/admin/agencies"));
		assertThat(this.agencies.findByCode(p + "STC").orElseThrow().name()).isEqualTo("Sở Tài chính tỉnh");
		assertThat(this.agencies.findAll()).filteredOn(a -> a.code().equals(p + "STC")).hasSize(1);
	}

	@Test
	void aProvinceStopsAndReplacesAgenciesInBulkWithTheStatusColumn() throws Exception {
		String p = prefix();
		upload(workbook(AgencyExcelExport.HEADERS,
				List.of(p + "A1", "Sở Thông tin và Truyền thông", "", "Sở, ban, ngành", "", "", "", "", ""),
				List.of(p + "A2", "Sở Khoa học và Công nghệ", "", "Sở, ban, ngành", "", "", "", "", "Đang hoạt động")))
			.andExpect(redirectedUrl("/admin/agencies"));
		assertThat(this.agencies.findByCode(p + "A1").orElseThrow().active()).isTrue();
		// one file stops the first, gives it a successor from 01/03/2025, and keeps the second in service
		upload(workbook(AgencyExcelExport.HEADERS,
				List.of(p + "A1", "Sở Thông tin và Truyền thông", "", "Sở, ban, ngành", "", "", "28/02/2025", p + "A2",
						"Ngừng hoạt động"),
				List.of(p + "A2", "Sở Khoa học và Công nghệ", "", "Sở, ban, ngành", "", "01/03/2025", "", "", "")))
			.andExpect(redirectedUrl("/admin/agencies"));
		AgencyView stopped = this.agencies.findByCode(p + "A1").orElseThrow();
		assertThat(stopped.active()).isFalse();
		assertThat(stopped.successorId()).isEqualTo(this.agencies.findByCode(p + "A2").orElseThrow().id());
		assertThat(this.agencies.findByCode(p + "A2").orElseThrow().active()).isTrue();
		// an unreadable status refuses the file
		List<AgencyImportError> errors = rowErrors(upload(workbook(AgencyExcelExport.HEADERS,
				List.of(p + "A2", "Sở Khoa học và Công nghệ", "", "Sở, ban, ngành", "", "", "", "", "Tạm nghỉ")))
			.andReturn());
		assertThat(errors).extracting(AgencyImportError::messageKey).containsExactly("agency.import.badStatus");
	}

	@Test
	void writesNothingWhenAnyRowIsWrongAndListsEveryError() throws Exception {
		String p = prefix();
		byte[] file = workbook(AgencyExcelExport.HEADERS,
				List.of(p + "OK", "Cơ quan hợp lệ", "", "Sở, ban, ngành", "", "", "", ""),
				List.of(p + "NONAME", "", "", "Sở, ban, ngành", "", "", "", ""),
				List.of(p + "KIND", "Loại sai", "", "Bộ", "", "", "", ""),
				List.of(p + "DATE", "Ngày sai", "", "UBND cấp xã", "", "31/02/2025", "", ""),
				List.of(p + "PARENT", "Cấp trên không có", "", "Khác", p + "MISSING", "", "", ""),
				List.of(p + "OK", "Trùng mã", "", "Khác", "", "", "", ""),
				List.of("mã có dấu", "Mã sai", "", "Khác", "", "", "", ""),
				List.of(p + "ORDER", "Hết hiệu lực trước khi có", "", "Khác", "", "01/07/2025", "30/06/2025", ""));
		List<AgencyImportError> errors = rowErrors(upload(file).andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa nhập dữ liệu nào")))
			.andReturn());
		assertThat(errors).extracting(AgencyImportError::row, AgencyImportError::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "agency.name.required"),
					org.assertj.core.groups.Tuple.tuple(4, "agency.import.unknownKind"),
					org.assertj.core.groups.Tuple.tuple(5, "agency.import.badDate"),
					org.assertj.core.groups.Tuple.tuple(6, "agency.import.unknownAgency"),
					org.assertj.core.groups.Tuple.tuple(7, "agency.import.duplicateCode"),
					org.assertj.core.groups.Tuple.tuple(8, "agency.code.pattern"),
					org.assertj.core.groups.Tuple.tuple(9, "agency.validTo.beforeFrom"));
		assertThat(this.agencies.findByCode(p + "OK")).isEmpty();
		assertThat(this.agencies.findByCode(p + "PARENT")).isEmpty();
	}

	@Test
	void refusesFormulasAndMissingColumnsAndFilesThatAreNotXlsx() throws Exception {
		String p = prefix();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			for (int i = 0; i < AgencyExcelExport.HEADERS.size(); i++) {
				header.createCell(i).setCellValue(AgencyExcelExport.HEADERS.get(i));
			}
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue(p + "F");
			row.createCell(1).setCellFormula("CONCATENATE(\"Sở \",\"X\")");
			row.createCell(3).setCellValue("Khác");
			workbook.write(out);
		}
		assertThat(rowErrors(upload(out.toByteArray()).andExpect(status().isOk()).andReturn()))
			.extracting(AgencyImportError::messageKey)
			.contains("agency.import.formula");
		assertThat(this.agencies.findByCode(p + "F")).isEmpty();

		upload(workbook(List.of("Mã", "Tên"), List.of(p + "G", "Thiếu cột loại"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Thiếu cột &quot;Loại&quot;")));

		upload("%PDF-1.4 not a workbook".getBytes()).andExpect(status().isOk())
			.andExpect(model().attribute("fileError", "excel.notXlsx"));
	}

	@Test
	void exportsTheListInTheColumnsTheImportReads() throws Exception {
		String p = prefix();
		AgencyView parent = this.agencies.createAgency(p + "P", "Sở Xuất khẩu", null, AgencyKind.SO_BAN_NGANH, null,
				LocalDate.of(2020, 1, 1), null);
		this.agencies.createAgency(p + "C", "Trung tâm trực thuộc", "TT", AgencyKind.KHAC, parent.id(), null, null);
		byte[] bytes = this.mvc.perform(get("/admin/agencies/export.xlsx").with(user(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", AgencyExcelController.XLSX))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> header = new java.util.ArrayList<>();
			sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
			assertThat(header).isEqualTo(AgencyExcelExport.HEADERS);
			Row child = null;
			for (Row row : sheet) {
				if (row.getCell(0).getStringCellValue().equals(p + "C")) {
					child = row;
				}
			}
			assertThat(child).isNotNull();
			assertThat(child.getCell(2).getStringCellValue()).isEqualTo("TT");
			assertThat(child.getCell(3).getStringCellValue()).isEqualTo("Khác");
			assertThat(child.getCell(4).getStringCellValue()).isEqualTo(p + "P");
		}
		// and the file goes back in unchanged: every row an update
		upload(bytes).andExpect(redirectedUrl("/admin/agencies"));
		assertThat(this.agencies.findByCode(p + "C").orElseThrow().parentId()).isEqualTo(parent.id());
		assertThat(this.agencies.findByCode(p + "P").orElseThrow().validFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
	}

	@Test
	void theAgencyListLinksToGroupsExportAndImport() throws Exception {
		this.mvc.perform(get("/admin/agencies").with(user(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(containsString("href=\"/admin/agency-groups\""),
					containsString("href=\"/admin/agencies/export.xlsx\""),
					containsString("href=\"/admin/agencies/import\""))));
		this.mvc.perform(get("/admin/agencies/import").with(user(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(containsString("Mã cơ quan kế thừa"),
					containsString("enctype=\"multipart/form-data\""))));
	}

	@Test
	void administratorsAndSoNoiVuMayImportOrExportOthersMayNot() throws Exception {
		CurrentUser snv = new CurrentUser(2L, "snv.test", null, "SNV", Role.SO_NOI_VU, 1L, null, true, false);
		this.mvc.perform(get("/admin/agencies/export.xlsx").with(user(snv))).andExpect(status().isOk());
		CurrentUser staff = new CurrentUser(3L, "staff.test", null, "Cán bộ", Role.CAN_BO_DON_VI, 1L, null, true, false);
		this.mvc.perform(get("/admin/agencies/export.xlsx").with(user(staff))).andExpect(status().isForbidden());
		this.mvc.perform(multipart("/admin/agencies/import")
			.file(new MockMultipartFile("file", "a.xlsx", AgencyExcelController.XLSX, new byte[] { 1 }))
			.with(user(staff))
			.with(csrf())).andExpect(status().isForbidden());
	}

	@SuppressWarnings("unchecked")
	private static List<AgencyImportError> rowErrors(MvcResult result) {
		return result.getModelAndView() == null ? null
				: (List<AgencyImportError>) result.getModelAndView().getModel().get("rowErrors");
	}

	private org.springframework.test.web.servlet.ResultActions upload(byte[] bytes) throws Exception {
		return this.mvc.perform(multipart("/admin/agencies/import")
			.file(new MockMultipartFile("file", "co-quan.xlsx", AgencyExcelController.XLSX, bytes))
			.with(user(ADMIN))
			.with(csrf()));
	}

	@SafeVarargs
	private static byte[] workbook(List<String> header, List<String>... rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Cơ quan");
			Row top = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				top.createCell(i).setCellValue(header.get(i));
			}
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].size(); c++) {
					if (!rows[r].get(c).isEmpty()) {
						row.createCell(c).setCellValue(rows[r].get(c));
					}
				}
			}
			workbook.write(out);
		}
		return out.toByteArray();
	}

	private static String prefix() {
		return "IM" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + SEQUENCE.incrementAndGet()
				+ "_";
	}

}
