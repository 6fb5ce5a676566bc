package vn.chiso.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The real documents of src/test/resources/corpus, written into the import template word for word. */
public final class CorpusWorkbooks {

	private CorpusWorkbooks() {
	}

	/** A corpus document as the template holds it; the code is made unique so that tests can run again. */
	public static PlanWorkbook workbook(String file, String code) throws IOException {
		Map<String, String> header = new LinkedHashMap<>();
		Map<String, String> titles = new LinkedHashMap<>();
		Map<String, List<PlanWorkbook.Row>> rows = new LinkedHashMap<>();
		for (String line : Files.readAllLines(CorpusTests.CORPUS.resolve(file), StandardCharsets.UTF_8)) {
			String[] c = line.split("\t", -1);
			if (line.startsWith("#PLAN")) {
				header.put(c[1], c[2]);
			}
			else if (line.startsWith("#APPENDIX")) {
				titles.put(c[1], c[2]);
				rows.put(c[1], new ArrayList<>());
			}
			else if (!line.startsWith("#") && !line.isBlank()) {
				List<PlanWorkbook.Row> list = rows.get(c[0]);
				list.add(new PlanWorkbook.Row(list.size() + 3, c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]));
			}
		}
		PlanWorkbook.Header h = new PlanWorkbook.Header(code, header.getOrDefault("Ngày ban hành", ""),
				header.get("Trích yếu"), header.getOrDefault("Cơ quan ban hành", ""), "",
				header.getOrDefault("Từ năm", ""), header.getOrDefault("Đến năm", ""), "",
				header.getOrDefault("Loại văn bản", ""));
		List<PlanWorkbook.Appendix> appendices = new ArrayList<>();
		titles.forEach((sheet, title) -> appendices.add(new PlanWorkbook.Appendix(sheet, title, rows.get(sheet))));
		return new PlanWorkbook(h, appendices);
	}

	/** The same, as the .xlsx a user uploads. */
	public static byte[] xlsx(String file, String code) throws IOException {
		return PlanWorkbookWriter.write(workbook(file, code));
	}

}
