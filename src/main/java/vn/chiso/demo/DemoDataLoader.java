package vn.chiso.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.agency.AgencyKind;
import vn.chiso.agency.AgencyService;
import vn.chiso.province.ProvinceForm;
import vn.chiso.province.ProvinceProfileService;
import vn.chiso.config.DemoDataCondition;
import vn.chiso.security.Role;
import vn.chiso.user.UserService;

/**
 * Loads Tuyên Quang's agencies as plan 150/KH-UBND names them (2024), the 2025 successors of merged departments
 * (Nghị định 45/2025/NĐ-CP) and the end of the district level (1/7/2025), the named agency groups, and one demo account
 * per role. Runs once: an existing "SNV" agency means the data is there.
 */
@Component
@Conditional(DemoDataCondition.class)
@Order(1)
public class DemoDataLoader implements ApplicationRunner {

	/** The password of every demo account (listed in the README). */
	public static final String DEMO_PASSWORD = "ChiSo@2024";

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final LocalDate MERGER_LAST_DAY = LocalDate.of(2025, 2, 28);

	private static final LocalDate MERGER_FIRST_DAY = LocalDate.of(2025, 3, 1);

	private static final LocalDate DISTRICTS_LAST_DAY = LocalDate.of(2025, 6, 30);

	private final AgencyService agencies;

	private final UserService users;

	private final TransactionTemplate tx;

	private final ProvinceProfileService province;

	private final String dataset;

	DemoDataLoader(AgencyService agencies, UserService users, TransactionTemplate tx, ProvinceProfileService province,
			@org.springframework.beans.factory.annotation.Value("${app.demo.dataset:tuyen-quang}") String dataset) {
		this.dataset = dataset;
		this.agencies = agencies;
		this.users = users;
		this.tx = tx;
		this.province = province;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.province.current().configured()) {
			ProvinceForm identity = "large".equals(this.dataset) ? largeProvince() : tuyenQuang();
			this.tx.executeWithoutResult(status -> this.province.save(identity, "system"));
		}
		if (this.agencies.findByCode("SNV").isPresent()) {
			return;
		}
		this.tx.executeWithoutResult(status -> load());
		log.info("Đã nạp dữ liệu mẫu: cơ quan, nhóm cơ quan và tài khoản demo (mật khẩu {})", DEMO_PASSWORD);
	}

	/** The demo province as printed on its reports. */
	private static ProvinceForm tuyenQuang() {
		ProvinceForm f = new ProvinceForm();
		f.setProvinceName("tỉnh Tuyên Quang");
		f.setParentBody("UBND tỉnh Tuyên Quang");
		f.setPlace("Tuyên Quang");
		f.setIssuer("Sở Nội vụ");
		f.setIssuerCode("SNV");
		f.setAuthority("KT. Giám đốc");
		f.setSignerPosition("Phó Giám đốc");
		return f;
	}

	/** The generated large province of the load tests: a made-up name, so that no report passes for a real one. */
	private static ProvinceForm largeProvince() {
		ProvinceForm f = new ProvinceForm();
		f.setProvinceName("tỉnh Sơn Hà (tỉnh mẫu)");
		f.setParentBody("UBND tỉnh Sơn Hà");
		f.setPlace("Sơn Hà");
		f.setIssuer("Sở Nội vụ");
		f.setIssuerCode("SNV");
		f.setAuthority("KT. Giám đốc");
		f.setSignerPosition("Phó Giám đốc");
		return f;
	}

	private void load() {
		Map<String, Long> ids = new HashMap<>();
		for (String[] d : DEPARTMENTS) {
			ids.put(d[0], this.agencies.createAgency(d[0], d[1], d[2], AgencyKind.SO_BAN_NGANH, null, null, null).id());
		}
		ids.put("VPUBND", this.agencies.createAgency("VPUBND", "Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh",
				AgencyKind.VAN_PHONG_UBND_TINH, null, null, null).id());
		ids.put("CAT", this.agencies.createAgency("CAT", "Công an tỉnh Tuyên Quang", "Công an tỉnh",
				AgencyKind.CO_QUAN_TRUNG_UONG, null, null, null).id());
		ids.put("BDT", this.agencies.createAgency("BDT", "Bưu điện tỉnh Tuyên Quang", "Bưu điện tỉnh",
				AgencyKind.CO_QUAN_TRUNG_UONG, null, null, null).id());
		ids.put("BAOTQ", this.agencies.createAgency("BAOTQ", "Báo Tuyên Quang", "Báo Tuyên Quang", AgencyKind.BAO_DAI,
				null, null, null).id());
		ids.put("DPTTH", this.agencies.createAgency("DPTTH", "Đài Phát thanh và Truyền hình tỉnh Tuyên Quang",
				"Đài PT&TH tỉnh", AgencyKind.BAO_DAI, null, null, null).id());
		// 2025: departments created by merger
		ids.put("SNNMT", this.agencies.createAgency("SNNMT", "Sở Nông nghiệp và Môi trường", "Sở NN&MT",
				AgencyKind.SO_BAN_NGANH, null, MERGER_FIRST_DAY, null).id());
		for (String[] d : DISTRICTS) {
			ids.put(d[0], this.agencies.createAgency(d[0], d[1], d[2], AgencyKind.UBND_HUYEN, null, null,
					DISTRICTS_LAST_DAY).id());
		}
		for (String[] c : COMMUNES) {
			ids.put(c[0], this.agencies.createAgency(c[0], c[1], c[2], AgencyKind.UBND_XA, ids.get(c[3]), null, null)
				.id());
		}
		// Nghị định 45/2025/NĐ-CP: merged departments end on 28/02/2025 and hand over to their successors
		this.agencies.setSuccessor(ids.get("STTTT"), ids.get("SKHCN"), MERGER_LAST_DAY);
		this.agencies.setSuccessor(ids.get("SKHDT"), ids.get("STC"), MERGER_LAST_DAY);
		this.agencies.setSuccessor(ids.get("SLDTBXH"), ids.get("SNV"), MERGER_LAST_DAY);
		this.agencies.setSuccessor(ids.get("SGTVT"), ids.get("SXD"), MERGER_LAST_DAY);
		this.agencies.setSuccessor(ids.get("SNNPTNT"), ids.get("SNNMT"), MERGER_LAST_DAY);
		this.agencies.setSuccessor(ids.get("STNMT"), ids.get("SNNMT"), MERGER_LAST_DAY);

		this.agencies.createGroup("SO_BAN_NGANH", "Các sở, ban, ngành",
				"Các sở, ban, ngành và Văn phòng UBND tỉnh", EnumSet.of(AgencyKind.SO_BAN_NGANH,
						AgencyKind.VAN_PHONG_UBND_TINH), Set.of());
		this.agencies.createGroup("CQ_CHUYEN_MON", "Các cơ quan chuyên môn thuộc UBND tỉnh",
				"Các sở và Văn phòng UBND tỉnh", EnumSet.of(AgencyKind.SO_BAN_NGANH, AgencyKind.VAN_PHONG_UBND_TINH),
				Set.of());
		this.agencies.createGroup("UBND_HUYEN", "UBND các huyện, thành phố", "Ủy ban nhân dân cấp huyện (đến 30/6/2025)",
				EnumSet.of(AgencyKind.UBND_HUYEN), Set.of());
		this.agencies.createGroup("UBND_XA", "UBND cấp xã", "Ủy ban nhân dân xã, phường, thị trấn",
				EnumSet.of(AgencyKind.UBND_XA), Set.of());
		this.agencies.createGroup("CAC_CO_QUAN", "Các cơ quan, đơn vị",
				"Các sở, ban, ngành, UBND cấp huyện và các cơ quan trung ương, báo, đài trên địa bàn",
				EnumSet.of(AgencyKind.SO_BAN_NGANH, AgencyKind.VAN_PHONG_UBND_TINH, AgencyKind.UBND_HUYEN,
						AgencyKind.CO_QUAN_TRUNG_UONG, AgencyKind.BAO_DAI),
				Set.of());

		for (Object[] u : USERS) {
			String agencyCode = (String) u[3];
			this.users.createAccount((String) u[0], (String) u[1], (Role) u[2],
					agencyCode == null ? null : ids.get(agencyCode), DEMO_PASSWORD);
		}
	}

	/** code, full name, short name. */
	private static final List<String[]> DEPARTMENTS = List.of(
			new String[] { "SNV", "Sở Nội vụ", "Sở Nội vụ" },
			new String[] { "STP", "Sở Tư pháp", "Sở Tư pháp" },
			new String[] { "STC", "Sở Tài chính", "Sở Tài chính" },
			new String[] { "STTTT", "Sở Thông tin và Truyền thông", "Sở TT&TT" },
			new String[] { "SKHDT", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT" },
			new String[] { "SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN" },
			new String[] { "SYT", "Sở Y tế", "Sở Y tế" },
			new String[] { "SGDDT", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT" },
			new String[] { "SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT" },
			new String[] { "STNMT", "Sở Tài nguyên và Môi trường", "Sở TN&MT" },
			new String[] { "SCT", "Sở Công Thương", "Sở Công Thương" },
			new String[] { "SXD", "Sở Xây dựng", "Sở Xây dựng" },
			new String[] { "SGTVT", "Sở Giao thông vận tải", "Sở GTVT" },
			new String[] { "SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH" },
			new String[] { "SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Sở VH,TT&DL" },
			new String[] { "TTT", "Thanh tra tỉnh", "Thanh tra tỉnh" });

	private static final List<String[]> DISTRICTS = List.of(
			new String[] { "H_TPTQ", "Ủy ban nhân dân thành phố Tuyên Quang", "UBND TP Tuyên Quang" },
			new String[] { "H_LAMBINH", "Ủy ban nhân dân huyện Lâm Bình", "UBND huyện Lâm Bình" },
			new String[] { "H_NAHANG", "Ủy ban nhân dân huyện Na Hang", "UBND huyện Na Hang" },
			new String[] { "H_CHIEMHOA", "Ủy ban nhân dân huyện Chiêm Hóa", "UBND huyện Chiêm Hóa" },
			new String[] { "H_HAMYEN", "Ủy ban nhân dân huyện Hàm Yên", "UBND huyện Hàm Yên" },
			new String[] { "H_YENSON", "Ủy ban nhân dân huyện Yên Sơn", "UBND huyện Yên Sơn" },
			new String[] { "H_SONDUONG", "Ủy ban nhân dân huyện Sơn Dương", "UBND huyện Sơn Dương" });

	/** code, full name, short name, parent district code. */
	private static final List<String[]> COMMUNES = List.of(
			new String[] { "X_PHANTHIET", "Ủy ban nhân dân phường Phan Thiết", "UBND phường Phan Thiết", "H_TPTQ" },
			new String[] { "X_TRANGDA", "Ủy ban nhân dân xã Tràng Đà", "UBND xã Tràng Đà", "H_TPTQ" },
			new String[] { "X_THUONGLAM", "Ủy ban nhân dân xã Thượng Lâm", "UBND xã Thượng Lâm", "H_LAMBINH" },
			new String[] { "X_NAHANG", "Ủy ban nhân dân thị trấn Na Hang", "UBND thị trấn Na Hang", "H_NAHANG" },
			new String[] { "X_KIMBINH", "Ủy ban nhân dân xã Kim Bình", "UBND xã Kim Bình", "H_CHIEMHOA" },
			new String[] { "X_TANTRAO", "Ủy ban nhân dân xã Tân Trào", "UBND xã Tân Trào", "H_SONDUONG" });

	/** username, full name, role, agency code. */
	private static final List<Object[]> USERS = List.of(
			new Object[] { "admin", "Quản trị hệ thống", Role.QUAN_TRI, null },
			new Object[] { "lanhdao", "Nguyễn Mạnh Tuấn", Role.LANH_DAO_TINH, null },
			new Object[] { "snv.thamdinh", "Hoàng Thu Hà", Role.SO_NOI_VU, "SNV" },
			new Object[] { "stp.lanhdao", "Trần Văn Đức", Role.LANH_DAO_DON_VI, "STP" },
			new Object[] { "stp.canbo", "Lê Thị Ánh", Role.CAN_BO_DON_VI, "STP" },
			new Object[] { "stc.lanhdao", "Phạm Quốc Bảo", Role.LANH_DAO_DON_VI, "STC" },
			new Object[] { "stc.canbo", "Đỗ Minh Châu", Role.CAN_BO_DON_VI, "STC" },
			new Object[] { "vp.canbo", "Vũ Thị Diệu", Role.CAN_BO_DON_VI, "VPUBND" },
			new Object[] { "snv.canbo", "Bùi Văn Giang", Role.CAN_BO_DON_VI, "SNV" },
			new Object[] { "yenson.canbo", "Ma Thị Hồng", Role.CAN_BO_DON_VI, "H_YENSON" });

}
