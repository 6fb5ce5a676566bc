package vn.chiso.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.chiso.agency.AgencyKind;
import vn.chiso.agency.AgencyService;

/**
 * The demo agencies and named groups the seed plan names (tests run without demo data). Idempotent: creates only what is
 * missing, by code.
 */
final class PlanFixtures {

	private static final List<String[]> AGENCIES = List.of(
			new String[] { "SNV", "Sở Nội vụ", "Sở Nội vụ", "SO_BAN_NGANH" },
			new String[] { "STP", "Sở Tư pháp", "Sở Tư pháp", "SO_BAN_NGANH" },
			new String[] { "STC", "Sở Tài chính", "Sở Tài chính", "SO_BAN_NGANH" },
			new String[] { "STTTT", "Sở Thông tin và Truyền thông", "Sở TT&TT", "SO_BAN_NGANH" },
			new String[] { "SKHDT", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", "SO_BAN_NGANH" },
			new String[] { "SYT", "Sở Y tế", "Sở Y tế", "SO_BAN_NGANH" },
			new String[] { "SGDDT", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "SO_BAN_NGANH" },
			new String[] { "SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT", "SO_BAN_NGANH" },
			new String[] { "STNMT", "Sở Tài nguyên và Môi trường", "Sở TN&MT", "SO_BAN_NGANH" },
			new String[] { "SCT", "Sở Công Thương", "Sở Công Thương", "SO_BAN_NGANH" },
			new String[] { "SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH", "SO_BAN_NGANH" },
			new String[] { "TTT", "Thanh tra tỉnh", "Thanh tra tỉnh", "SO_BAN_NGANH" },
			new String[] { "VPUBND", "Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh", "VAN_PHONG_UBND_TINH" },
			new String[] { "CAT", "Công an tỉnh Tuyên Quang", "Công an tỉnh", "CO_QUAN_TRUNG_UONG" },
			new String[] { "H_YENSON", "Ủy ban nhân dân huyện Yên Sơn", "UBND huyện Yên Sơn", "UBND_HUYEN" },
			new String[] { "H_NAHANG", "Ủy ban nhân dân huyện Na Hang", "UBND huyện Na Hang", "UBND_HUYEN" },
			new String[] { "X_TANTRAO", "Ủy ban nhân dân xã Tân Trào", "UBND xã Tân Trào", "UBND_XA" });

	private PlanFixtures() {
	}

	static synchronized void ensureDemoAgencies(AgencyService agencies) {
		for (String[] a : AGENCIES) {
			if (agencies.findByCode(a[0]).isEmpty()) {
				agencies.createAgency(a[0], a[1], a[2], AgencyKind.valueOf(a[3]), null, null, null);
			}
		}
		Set<String> groups = agencies.groups().stream().map(g -> g.code()).collect(java.util.stream.Collectors.toSet());
		group(agencies, groups, "SO_BAN_NGANH", "Các sở, ban, ngành",
				EnumSet.of(AgencyKind.SO_BAN_NGANH, AgencyKind.VAN_PHONG_UBND_TINH));
		group(agencies, groups, "CQ_CHUYEN_MON", "Các cơ quan chuyên môn thuộc UBND tỉnh",
				EnumSet.of(AgencyKind.SO_BAN_NGANH, AgencyKind.VAN_PHONG_UBND_TINH));
		group(agencies, groups, "UBND_HUYEN", "UBND các huyện, thành phố", EnumSet.of(AgencyKind.UBND_HUYEN));
		group(agencies, groups, "UBND_XA", "UBND cấp xã", EnumSet.of(AgencyKind.UBND_XA));
		group(agencies, groups, "CAC_CO_QUAN", "Các cơ quan, đơn vị", EnumSet.of(AgencyKind.SO_BAN_NGANH,
				AgencyKind.VAN_PHONG_UBND_TINH, AgencyKind.UBND_HUYEN, AgencyKind.CO_QUAN_TRUNG_UONG));
	}

	private static void group(AgencyService agencies, Set<String> existing, String code, String name,
			Set<AgencyKind> kinds) {
		if (!existing.contains(code)) {
			agencies.createGroup(code, name, name, kinds, Set.of());
		}
	}

	/** The shipped seed plan with another plan number (tests import it many times into one database). */
	static byte[] seedPlanWithCode(String code) throws IOException {
		try (InputStream in = Files.newInputStream(SeedPlanWorkbookTests.XLSX); XSSFWorkbook wb = new XSSFWorkbook(in);
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			wb.getSheet(PlanWorkbook.HEADER_SHEET).getRow(0).getCell(1).setCellValue(code);
			wb.write(out);
			return out.toByteArray();
		}
	}

	static String uniqueCode() {
		return (System.nanoTime() % 1_000_000) + "/KH-TEST";
	}

}
