package vn.chiso.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.chiso.agency.AgencyView;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;
import vn.chiso.user.UserForm;
import vn.chiso.user.UserService;
import vn.chiso.user.UserView;

/**
 * Progress data for the e-mail notice tests (package vn.chiso.notification): agencies whose entries stand in every
 * state of the workflow in one open round of a fresh year, and people with e-mail addresses in each role.
 */
public final class MailScenario {

	private MailScenario() {
	}

	/**
	 * @param a an agency without head approval; its entries: notStarted, draft, returned (with a comment), submitted,
	 * accepted
	 * @param b an agency whose head approves; its entries: awaiting (approval), notStarted, draft
	 * @param c an agency with nothing to report
	 * @param people by key: staffA, headA, staffB, headB, staffC, snv
	 * @param entries by key, e.g. "A.returned"
	 */
	public record Scenario(int year, long roundId, String roundLabel, LocalDate deadline, AgencyView a, AgencyView b,
			AgencyView c, Map<String, CurrentUser> people, Map<String, String> emails, Map<String, Long> entries,
			String returnComment) {

		public long entry(String key) {
			return this.entries.get(key);
		}

		public CurrentUser person(String key) {
			return this.people.get(key);
		}

		public String email(String key) {
			return this.emails.get(key);
		}

	}

	private static final Map<String, String> CONTENT = Map.of("A.notStarted",
			"Rà soát, công bố công khai thủ tục hành chính thuộc thẩm quyền giải quyết", "A.draft",
			"Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "A.returned",
			"Khảo sát mức độ hài lòng của người dân, tổ chức (SIPAS) tại bộ phận một cửa", "A.submitted",
			"Tuyên truyền cải cách hành chính trên Cổng thông tin điện tử", "A.accepted",
			"Kiểm tra công tác cải cách hành chính tại cơ sở", "B.awaiting",
			"Triển khai dịch vụ công trực tuyến toàn trình", "B.notStarted",
			"Cập nhật số liệu phục vụ đánh giá chỉ số PAPI", "B.draft",
			"Đánh giá tác động của thủ tục hành chính mới ban hành");

	public static final String RETURN_COMMENT = "Thiếu số liệu tháng 9; bổ sung văn bản chứng minh";

	public static Scenario build(ApplicationContext context, String tag) {
		ProgressFixtures data = context.getBean(ProgressFixtures.class);
		Fixtures fixtures = context.getBean(Fixtures.class);
		RoundService rounds = context.getBean(RoundService.class);
		ProgressService progress = context.getBean(ProgressService.class);
		int year = Fixtures.freshYears(1);
		AgencyView a = data.agency("Sở Khoa học và Công nghệ thử " + tag, false);
		AgencyView b = data.agency("UBND xã Hòa Bình thử " + tag, true);
		AgencyView c = data.agency("Sở không có việc " + tag, false);
		AgencyView snvAgency = data.agency("Sở Nội vụ thử " + tag, false);
		long section = data.section(year, "PAR_INDEX");
		Map<String, Long> tasks = new LinkedHashMap<>();
		for (String key : List.of("A.notStarted", "A.draft", "A.returned", "A.submitted", "A.accepted")) {
			long task = data.task(section, CONTENT.get(key));
			data.assign(task, "LEAD", a);
			tasks.put(key, task);
		}
		for (String key : List.of("B.awaiting", "B.notStarted", "B.draft")) {
			long task = data.task(section, CONTENT.get(key));
			data.assign(task, "LEAD", b);
			tasks.put(key, task);
		}
		Map<String, CurrentUser> people = new LinkedHashMap<>();
		people.put("staffA", fixtures.user(Role.CAN_BO_DON_VI, a));
		people.put("headA", fixtures.user(Role.LANH_DAO_DON_VI, a));
		people.put("staffB", fixtures.user(Role.CAN_BO_DON_VI, b));
		people.put("headB", fixtures.user(Role.LANH_DAO_DON_VI, b));
		people.put("staffC", fixtures.user(Role.CAN_BO_DON_VI, c));
		people.put("snv", fixtures.user(Role.SO_NOI_VU, snvAgency));
		Map<String, String> emails = new LinkedHashMap<>();
		UserService users = context.getBean(UserService.class);
		for (var p : people.entrySet()) {
			String email = p.getKey().toLowerCase() + "." + tag + "@thu.chiso.vn";
			setEmail(users, p.getValue().id(), email);
			emails.put(p.getKey(), email);
		}
		try {
			CurrentUser snv = people.get("snv");
			ProgressFixtures.signIn(snv);
			RoundService.RoundView round = rounds.open(snv, ProgressFixtures.quarter3(year));
			Map<String, Long> entries = new LinkedHashMap<>();
			tasks.forEach((key, task) -> entries.put(key,
					data.entryId(round.id(), task, key.startsWith("A") ? a.id() : b.id())));
			CurrentUser staffA = people.get("staffA");
			CurrentUser staffB = people.get("staffB");
			ProgressFixtures.signIn(staffA);
			for (String key : List.of("A.draft", "A.returned", "A.submitted", "A.accepted")) {
				write(data, progress, staffA, entries.get(key));
			}
			for (String key : List.of("A.returned", "A.submitted", "A.accepted")) {
				progress.submit(staffA, entries.get(key), data.version(entries.get(key)));
			}
			ProgressFixtures.signIn(staffB);
			for (String key : List.of("B.awaiting", "B.draft")) {
				write(data, progress, staffB, entries.get(key));
			}
			progress.submit(staffB, entries.get("B.awaiting"), data.version(entries.get("B.awaiting")));
			ProgressFixtures.signIn(snv);
			progress.returnEntry(snv, entries.get("A.returned"), data.version(entries.get("A.returned")),
					RETURN_COMMENT);
			progress.accept(snv, entries.get("A.accepted"), data.version(entries.get("A.accepted")));
			return new Scenario(year, round.id(), round.label(), round.agencyDeadline(), a, b, c, people, emails,
					entries, RETURN_COMMENT);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Returns the entry (Sở Nội vụ), as the review page does. */
	public static void returnEntry(ApplicationContext context, CurrentUser snv, long entryId, String comment) {
		ProgressFixtures data = context.getBean(ProgressFixtures.class);
		try {
			ProgressFixtures.signIn(snv);
			context.getBean(ProgressService.class).returnEntry(snv, entryId, data.version(entryId), comment);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Submits an entry (its agency's staff). */
	public static void submit(ApplicationContext context, CurrentUser staff, long entryId) {
		ProgressFixtures data = context.getBean(ProgressFixtures.class);
		try {
			ProgressFixtures.signIn(staff);
			ProgressService progress = context.getBean(ProgressService.class);
			write(data, progress, staff, entryId);
			progress.submit(staff, entryId, data.version(entryId));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * A province of {@code agencies} agencies, each with {@code staff} staff and one head (all with e-mail addresses)
	 * and {@code tasks} tasks, in one open round: for the throughput measurement.
	 * @return the round's deadline
	 */
	public static LocalDate province(ApplicationContext context, String tag, int agencies, int staff, int tasks) {
		ProgressFixtures data = context.getBean(ProgressFixtures.class);
		Fixtures fixtures = context.getBean(Fixtures.class);
		UserService users = context.getBean(UserService.class);
		int year = Fixtures.freshYears(1);
		long section = data.section(year, "PAR_INDEX");
		List<CurrentUser> all = new ArrayList<>();
		for (int i = 1; i <= agencies; i++) {
			AgencyView agency = data.agency("Đơn vị thử " + tag + " số " + i, i % 2 == 0);
			for (int t = 1; t <= tasks; t++) {
				data.assign(data.task(section, "Nhiệm vụ " + t + " của đơn vị " + i), "LEAD", agency);
			}
			for (int s = 1; s <= staff; s++) {
				all.add(fixtures.user(Role.CAN_BO_DON_VI, agency));
			}
			all.add(fixtures.user(Role.LANH_DAO_DON_VI, agency));
		}
		CurrentUser snv = fixtures.user(Role.SO_NOI_VU, data.agency("Sở Nội vụ " + tag, false));
		all.add(snv);
		int n = 0;
		for (CurrentUser u : all) {
			setEmail(users, u.id(), "nguoi" + (++n) + "." + tag + "@thu.chiso.vn");
		}
		try {
			ProgressFixtures.signIn(snv);
			return context.getBean(RoundService.class).open(snv, ProgressFixtures.quarter3(year)).agencyDeadline();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void write(ProgressFixtures data, ProgressService progress, CurrentUser staff, long entry) {
		EntryForm form = new EntryForm();
		form.setImplementation(Implementation.DANG_THUC_HIEN);
		form.setPercentDone(java.math.BigDecimal.valueOf(40));
		form.setResults("Đã triển khai một phần");
		form.setVersion(data.version(entry));
		progress.save(staff, entry, form);
	}

	public static void setEmail(UserService users, long userId, String email) {
		UserView u = users.get(userId);
		UserForm form = new UserForm();
		form.setUsername(u.username());
		form.setFullName(u.fullName());
		form.setEmail(email);
		form.setRole(u.role());
		form.setAgencyId(u.agencyId());
		form.setEnabled(u.enabled());
		form.setVersion(u.version());
		users.update(userId, form);
	}

}
