package vn.chiso.agency;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ChiSoIntegrationTest
class AgencyServiceTests {

	@Autowired
	AgencyService agencies;

	@Autowired
	JdbcClient jdbc;

	@Test
	void searchIgnoresDiacriticsAndCase() {
		AgencyView justice = this.agencies.createAgency(Fixtures.unique("STP"), "Sở Tư pháp Đắk Nông thử", null,
				AgencyKind.SO_BAN_NGANH, null, null, null);
		assertThat(this.agencies.search("tu phap dak nong", null, false)).extracting(AgencyView::id)
			.contains(justice.id());
		assertThat(this.agencies.search("SỞ TƯ PHÁP ĐẮK", null, false)).extracting(AgencyView::id)
			.contains(justice.id());
		assertThat(this.agencies.search("tư pháp đắk", AgencyKind.UBND_XA, false)).extracting(AgencyView::id)
			.doesNotContain(justice.id());
	}

	@Test
	void listsAreInVietnameseAlphabeticalOrder() {
		String tag = Fixtures.unique("Z");
		for (String name : List.of("Đội " + tag, "Dân " + tag, "Ân " + tag, "An " + tag, "Ủy " + tag, "Uy " + tag)) {
			this.agencies.createAgency(Fixtures.unique("O"), name, null, AgencyKind.KHAC, null, null, null);
		}
		List<String> names = this.agencies.search(tag, AgencyKind.KHAC, false).stream().map(AgencyView::name).toList();
		assertThat(names).containsExactly("An " + tag, "Ân " + tag, "Dân " + tag, "Đội " + tag, "Uy " + tag,
				"Ủy " + tag);
	}

	/**
	 * The sorted list is kept while nothing changes (the same list, not read and sorted again) and follows a change
	 * made in SQL, as another instance or a tool would make it, at the next call.
	 */
	@Test
	void theListIsKeptUntilAnAgencyChangesAnywhere() {
		AgencyView created = this.agencies.createAgency(Fixtures.unique("K"), "Sở Kế hoạch " + Fixtures.unique("K"),
				null, AgencyKind.SO_BAN_NGANH, null, null, null);
		List<AgencyView> first = this.agencies.findAll();
		assertThat(first).extracting(AgencyView::id).contains(created.id());
		assertThat(this.agencies.findAll()).as("nothing changed: the kept list").isSameAs(first);

		this.jdbc.sql("update agency set name = :name where id = :id")
			.param("name", "Ủy ban đã đổi tên")
			.param("id", created.id())
			.update();
		List<AgencyView> after = this.agencies.findAll();
		assertThat(after).isNotSameAs(first);
		assertThat(after).filteredOn(a -> a.id().equals(created.id()))
			.extracting(AgencyView::name)
			.containsExactly("Ủy ban đã đổi tên");
		assertThat(this.agencies.byId().get(created.id()).name()).isEqualTo("Ủy ban đã đổi tên");
	}

	@Test
	void groupsResolveToTheirMembersValidOnTheDate() {
		String kindTag = Fixtures.unique("G");
		AgencyView district = this.agencies.createAgency(Fixtures.unique("H"), "UBND huyện " + kindTag, null,
				AgencyKind.UBND_HUYEN, null, null, LocalDate.of(2025, 6, 30));
		AgencyView listed = this.agencies.createAgency(Fixtures.unique("B"), "Bưu điện " + kindTag, null,
				AgencyKind.CO_QUAN_TRUNG_UONG, null, null, null);
		String groupCode = Fixtures.unique("GRP");
		this.agencies.createGroup(groupCode, "Nhóm " + kindTag, null, EnumSet.of(AgencyKind.UBND_HUYEN),
				Set.of(listed.id()));
		assertThat(this.agencies.resolveGroup(groupCode, LocalDate.of(2024, 8, 12))).extracting(AgencyView::id)
			.contains(district.id(), listed.id());
		// the district level ended on 30/6/2025
		assertThat(this.agencies.resolveGroup(groupCode, LocalDate.of(2025, 7, 1))).extracting(AgencyView::id)
			.contains(listed.id())
			.doesNotContain(district.id());
	}

	@Test
	void successorsCarryOnTheWorkOfMergedAgencies() {
		AgencyView ict = this.agencies.createAgency(Fixtures.unique("TT"), "Sở Thông tin và Truyền thông thử", null,
				AgencyKind.SO_BAN_NGANH, null, null, null);
		AgencyView science = this.agencies.createAgency(Fixtures.unique("KH"), "Sở Khoa học và Công nghệ thử", null,
				AgencyKind.SO_BAN_NGANH, null, null, null);
		this.agencies.setSuccessor(ict.id(), science.id(), LocalDate.of(2025, 2, 28));
		assertThat(this.agencies.currentSuccessor(ict.id(), LocalDate.of(2024, 12, 1)).id()).isEqualTo(ict.id());
		assertThat(this.agencies.currentSuccessor(ict.id(), LocalDate.of(2025, 3, 1)).id()).isEqualTo(science.id());
		assertThat(this.agencies.get(ict.id()).successorName()).isEqualTo("Sở Khoa học và Công nghệ thử");
	}

	@Test
	void codesAreUniqueAndChangesAreAudited() {
		String code = Fixtures.unique("DUP");
		AgencyView first = this.agencies.createAgency(code, "Cơ quan thứ nhất", null, AgencyKind.KHAC, null, null, null);
		assertThatThrownBy(() -> this.agencies.createAgency(code.toLowerCase(), "Cơ quan thứ hai", null,
				AgencyKind.KHAC, null, null, null))
			.isInstanceOf(BusinessRuleException.class)
			.extracting("messageKey")
			.isEqualTo("agency.code.taken");
		this.agencies.setActive(first.id(), false);
		assertThat(this.agencies.get(first.id()).active()).isFalse();
		List<String> actions = this.jdbc.sql("select action from audit_event where entity_type = 'AGENCY' and entity_id = ? order by id")
			.param(first.id().toString())
			.query(String.class)
			.list();
		assertThat(actions).containsExactly("AGENCY_CREATED", "AGENCY_DEACTIVATED");
	}

	@Test
	void auditTrailCannotBeRewritten() {
		assertThatThrownBy(() -> this.jdbc.sql("update audit_event set actor = 'ke-gian' where id = (select min(id) from audit_event)")
			.update()).hasMessageContaining("append-only");
	}

}
