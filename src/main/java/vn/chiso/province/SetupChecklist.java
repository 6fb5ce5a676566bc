package vn.chiso.province;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.agency.AgencyService;
import vn.chiso.catalog.CatalogService;
import vn.chiso.catalog.ResultService;
import vn.chiso.catalog.Subject;
import vn.chiso.plan.PlanStatus;
import vn.chiso.plan.TaskQueries;
import vn.chiso.security.Role;
import vn.chiso.user.UserService;

/**
 * What a province still has to set up before ChiSo can serve it, in the order a new province does it: its identity,
 * agencies, groups, accounts, the PAR INDEX criteria set of the year, last year's published results, this year's
 * targets, a plan in force. Each item asks the module that owns the data.
 */
@Service
public class SetupChecklist {

	/** One step: done or not, with figures for its message and where to do it. */
	public record Item(String key, boolean done, boolean required, List<Object> args, String link) {
	}

	/** The steps, and whether every required one is done. */
	public record Checklist(int year, List<Item> items) {

		public boolean complete() {
			return this.items.stream().allMatch(i -> i.done() || !i.required());
		}

		public long missing() {
			return this.items.stream().filter(i -> !i.done() && i.required()).count();
		}

	}

	private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	private final ProvinceProfileService profiles;

	private final AgencyService agencies;

	private final UserService users;

	private final CatalogService catalog;

	private final ResultService results;

	private final TaskQueries plans;

	SetupChecklist(ProvinceProfileService profiles, AgencyService agencies, UserService users, CatalogService catalog,
			ResultService results, TaskQueries plans) {
		this.profiles = profiles;
		this.agencies = agencies;
		this.users = users;
		this.catalog = catalog;
		this.results = results;
		this.plans = plans;
	}

	@Transactional(readOnly = true)
	public Checklist check() {
		LocalDate today = LocalDate.now(VN);
		int year = today.getYear();
		ProvinceIdentity province = this.profiles.current();
		int activeAgencies = this.agencies.validOn(today).size();
		int groups = this.agencies.groups().size();
		long accounts = this.users.list(null, null, null).stream().filter(u -> u.role() != Role.QUAN_TRI).count();
		boolean parSet = this.catalog.findActiveSet("PAR_INDEX", year, Subject.PROVINCE).isPresent();
		int lastYearResults = this.results.results(year - 1).size();
		int targets = this.results.targets(year).size();
		long plansInForce = this.plans.plans().stream().filter(p -> p.status() == PlanStatus.ACTIVE).count();
		return new Checklist(year, List.of(
				new Item("province", province.configured(), true, List.of(province.provinceName()), "/admin/province"),
				new Item("agencies", activeAgencies > 0, true, List.of(activeAgencies), "/admin/agencies/import"),
				new Item("groups", groups > 0, true, List.of(groups), "/admin/agency-groups"),
				new Item("accounts", accounts > 0, true, List.of(accounts), "/admin/users"),
				new Item("criteria", parSet, true, List.of(String.valueOf(year)), "/catalog"),
				new Item("results", lastYearResults > 0, false, List.of(String.valueOf(year - 1), lastYearResults), "/catalog/results"),
				new Item("targets", targets > 0, false, List.of(String.valueOf(year), targets), "/catalog/results"),
				new Item("plan", plansInForce > 0, true, List.of(plansInForce), "/plans/import")));
	}

}
