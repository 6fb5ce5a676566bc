package vn.chiso.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyDirectoryTests {

	private final AgencyDirectory directory = new AgencyDirectory(List.of(
			agency(1L, "Sở Nội vụ", "Sở Nội vụ"), agency(2L, "Sở Tư pháp", "Sở Tư pháp"),
			agency(3L, "Sở Tài chính", "Sở Tài chính"), agency(4L, "Sở Thông tin và Truyền thông", "Sở TT&TT"),
			agency(5L, "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"),
			agency(6L, "Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh"),
			agency(7L, "Thanh tra tỉnh", "Thanh tra tỉnh"),
			new AgencyDirectory.KnownAgency(8L, "Sở Ngoại vụ", List.of("Sở Ngoại vụ", "Sở NgV"))),
			List.of(new AgencyDirectory.KnownGroup("SO_BAN_NGANH", "Các sở, ban, ngành"),
					new AgencyDirectory.KnownGroup("UBND_HUYEN", "UBND các huyện, thành phố"),
					new AgencyDirectory.KnownGroup("UBND_XA", "UBND cấp xã"),
					new AgencyDirectory.KnownGroup("CQ_CHUYEN_MON", "Các cơ quan chuyên môn thuộc UBND tỉnh"),
					new AgencyDirectory.KnownGroup("CAC_CO_QUAN", "Các cơ quan, đơn vị")));

	@Test
	void matchesIgnoringCaseDiacriticsAndUbndSpellings() {
		assertThat(single("sở tư pháp").agencyId()).isEqualTo(2L);
		assertThat(single("SO TU PHAP").agencyId()).isEqualTo(2L);
		assertThat(single("Văn phòng Uỷ ban nhân dân tỉnh").agencyId()).isEqualTo(6L);
		assertThat(single("Văn phòng Ủy ban nhân dân tỉnh").agencyId()).isEqualTo(6L);
		assertThat(single("VP UBND tỉnh").agencyId()).isEqualTo(6L);
		assertThat(single("Văn Phòng UBND tỉnh").agencyId()).isEqualTo(6L);
	}

	@Test
	void expandsDepartmentAbbreviationsAndUsesAliases() {
		assertThat(single("Sở TT&TT").agencyId()).isEqualTo(4L);
		assertThat(single("Sở TT và TT").agencyId()).isEqualTo(4L);
		assertThat(single("Sở KH&ĐT").agencyId()).isEqualTo(5L);
		assertThat(single("Sở NgV").agencyId()).isEqualTo(8L);
		assertThat(this.directory.match("Sở Ngoại giao")).isEmpty();
	}

	@Test
	void keepsAGroupWithCommasAsOneItem() {
		List<AssignmentItem> items = this.directory.split("Các sở, ban, ngành; UBND các huyện, thành phố");
		assertThat(items).extracting(AssignmentItem::groupCode).containsExactly("SO_BAN_NGANH", "UBND_HUYEN");
		assertThat(items).extracting(AssignmentItem::text)
			.containsExactly("Các sở, ban, ngành", "UBND các huyện, thành phố");
		assertThat(this.directory.split("Các Sở, ban, ngành, UBND các huyện/thành phố"))
			.extracting(AssignmentItem::groupCode)
			.containsExactly("SO_BAN_NGANH", "UBND_HUYEN");
		assertThat(this.directory.split("Ủy ban nhân dân huyện,  thành phố; Ủy ban nhân dân xã, phường, thị trấn"))
			.extracting(AssignmentItem::groupCode)
			.containsExactly("UBND_HUYEN", "UBND_XA");
		assertThat(this.directory.split("Các sở, ban, ngành; UBND cấp huyện, cấp xã"))
			.extracting(AssignmentItem::groupCode)
			.containsExactly("SO_BAN_NGANH", "UBND_HUYEN", "UBND_XA");
	}

	@Test
	void splitsAListOfAgenciesByCommaAndSemicolon() {
		List<AssignmentItem> items = this.directory.split(
				"Văn phòng Uỷ ban nhân dân tỉnh; Sở Tư pháp; Sở Tài chính, Sở Thông tin và Truyền thông; Sở Kế hoạch và Đầu tư");
		assertThat(items).extracting(AssignmentItem::agencyId).containsExactly(6L, 2L, 3L, 4L, 5L);
	}

	@Test
	void keepsVaguePhrasesAsTextAndFlagsUnknownAgencies() {
		List<AssignmentItem> items = this.directory
			.split("Sở thông tin và Truyền thông và các cơ quan, đơn vị liên quan");
		assertThat(items).extracting(AssignmentItem::kind).containsExactly(AssignmentKind.AGENCY, AssignmentKind.TEXT);
		assertThat(items.get(1).text()).isEqualTo("các cơ quan, đơn vị liên quan");
		assertThat(items.get(1).suspicious()).isFalse();
		List<AssignmentItem> vague = this.directory.split("Các cơ quan, đơn vị có liên quan");
		assertThat(vague).singleElement().satisfies(i -> {
			assertThat(i.kind()).isEqualTo(AssignmentKind.TEXT);
			assertThat(i.suspicious()).isFalse();
		});
		List<AssignmentItem> unknown = this.directory.split("Sở Tư pháp; Sở Ngoại giao");
		assertThat(unknown.get(1).kind()).isEqualTo(AssignmentKind.TEXT);
		assertThat(unknown.get(1).suspicious()).isTrue();
		assertThat(this.directory.closest("Sở Ngoai giao", 3)).first().isEqualTo("Sở Ngoại vụ");
	}

	@Test
	void acceptsAQualifierAfterAGroupName() {
		assertThat(this.directory.split("Các cơ quan, đơn vị; Ủy ban nhân dân xã, phường, thị trấn có chỉ tiêu tuyển dụng, tiếp nhận"))
			.extracting(AssignmentItem::groupCode)
			.containsExactly("CAC_CO_QUAN", "UBND_XA");
		assertThat(this.directory.split("Các sở, ban, ngành, UBND các huyện, thành phố, cơ quan, đơn vị liên quan"))
			.extracting(AssignmentItem::kind)
			.containsExactly(AssignmentKind.GROUP, AssignmentKind.GROUP, AssignmentKind.TEXT);
	}

	private AssignmentItem single(String name) {
		List<AssignmentItem> found = this.directory.match(name);
		assertThat(found).as(name).hasSize(1);
		return found.get(0);
	}

	private static AgencyDirectory.KnownAgency agency(Long id, String name, String shortName) {
		return new AgencyDirectory.KnownAgency(id, name, List.of(name, shortName));
	}

}
