package vn.chiso.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.audit.AuditService;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.excel.SafeXlsxReader;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;

/**
 * Imports a whole plan from the Excel template: {@link #preview} reads and checks the file without writing anything;
 * {@link #confirm} writes the plan, its sections and tasks in one transaction, or nothing.
 */
@Service
public class PlanImportService {

	private final PlanInterpreter interpreter;

	private final PlanWriter writer;

	private final JdbcClient jdbc;

	private final AccessPolicy access;

	private final AuditService audit;

	PlanImportService(PlanInterpreter interpreter, PlanWriter writer, JdbcClient jdbc, AccessPolicy access,
			AuditService audit) {
		this.interpreter = interpreter;
		this.writer = writer;
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
	}

	/** The empty template users download. */
	public byte[] template() {
		return PlanWorkbookWriter.template();
	}

	/**
	 * Reads and checks an upload. Throws {@link vn.chiso.common.excel.XlsxImportException} for files that cannot be read
	 * at all; everything else comes back as problems in the result.
	 */
	@Transactional(readOnly = true)
	public ParsedPlan preview(CurrentUser user, InputStream input, long size) {
		this.access.checkManagePlans(user);
		return read(input, size);
	}

	ParsedPlan read(InputStream input, long size) {
		try (XSSFWorkbook wb = SafeXlsxReader.open(input, size)) {
			PlanWorkbookReader.Result result = PlanWorkbookReader.read(wb);
			ParsedPlan parsed = this.interpreter.interpret(result.workbook(), result.problems());
			if (codeTaken(parsed.code())) {
				parsed.problems().add(0, ImportProblem.error(PlanWorkbook.HEADER_SHEET, 1, "Số hiệu",
						"plan.import.codeTaken", parsed.code()));
			}
			return parsed;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the previewed plan; refused if it has errors. Returns the new plan's id. */
	@Transactional
	public long confirm(CurrentUser user, ParsedPlan parsed, PlanStatus status) {
		this.access.checkManagePlans(user);
		return write(parsed, status);
	}

	@Transactional
	long write(ParsedPlan parsed, PlanStatus status) {
		if (parsed.hasErrors()) {
			throw new BusinessRuleException("plan.import.hasErrors", parsed.errorCount());
		}
		if (codeTaken(parsed.code())) {
			throw new BusinessRuleException("plan.import.codeTaken", parsed.code());
		}
		long id = this.writer.write(parsed, status);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("code", parsed.code());
		after.put("title", parsed.title());
		after.put("status", status.name());
		after.put("sections", parsed.sections().size());
		after.put("tasks", parsed.tasks().size());
		this.audit.record("PLAN_IMPORTED", "PLAN", id, null,
				"Nhập kế hoạch " + parsed.code() + " từ Excel (" + parsed.tasks().size() + " nhiệm vụ)", null, after);
		return id;
	}

	private boolean codeTaken(String code) {
		return !code.isBlank() && this.jdbc.sql("select count(*) from plan where lower(code) = lower(:code) and not deleted")
			.param("code", code)
			.query(Integer.class)
			.single() > 0;
	}

}
