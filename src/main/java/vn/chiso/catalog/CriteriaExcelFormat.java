package vn.chiso.catalog;

import java.util.List;

import org.springframework.context.MessageSource;

import vn.chiso.common.VietnameseText;

/** The columns of the criteria workbook, shared by the export and the import so that a file round-trips. */
final class CriteriaExcelFormat {

	static final String SHEET_KEY = "catalog.excel.sheet";

	static final List<String> COLUMN_KEYS = List.of("catalog.excel.col.code", "catalog.excel.col.name",
			"catalog.excel.col.maxPoints", "catalog.excel.col.scoreStep", "catalog.excel.col.method",
			"catalog.excel.col.agency");

	static final int CODE = 0;

	static final int NAME = 1;

	static final int MAX_POINTS = 2;

	static final int SCORE_STEP = 3;

	static final int METHOD = 4;

	static final int AGENCY = 5;

	private CriteriaExcelFormat() {
	}

	static String header(MessageSource messages, int column) {
		return messages.getMessage(COLUMN_KEYS.get(column), null, VietnameseText.LOCALE);
	}

	static String letter(int column) {
		return String.valueOf((char) ('A' + column));
	}

	static String methodLabel(MessageSource messages, AssessmentMethod method) {
		return messages.getMessage("AssessmentMethod." + method.name(), null, VietnameseText.LOCALE);
	}

}
