package vn.chiso.agencyscore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.agencyscore.AssessmentStore.AssessmentRow;
import vn.chiso.catalog.CriteriaTree.Node;
import vn.chiso.agencyscore.AssessmentStore.RoundRow;
import vn.chiso.agencyscore.AssessmentViews.Area;
import vn.chiso.agencyscore.AssessmentViews.RankingRow;
import vn.chiso.agencyscore.AssessmentViews.RankingView;
import vn.chiso.common.NotFoundException;
import vn.chiso.common.VietnameseText;
import vn.chiso.scoring.ScoreCalculator;
import vn.chiso.security.CurrentUser;

/**
 * The ranking of a finalised round (bảng xếp hạng): agencies by total, with rank, band and points per area. Read by
 * leadership, Sở Nội vụ and administrators, and by report 6.
 */
@Service
public class AgencyRankingService {

	private final AssessmentStore store;

	private final AgencyAssessmentService assessments;

	private final AgencyService agencies;

	AgencyRankingService(AssessmentStore store, AgencyAssessmentService assessments, AgencyService agencies) {
		this.store = store;
		this.assessments = assessments;
		this.agencies = agencies;
	}

	/** The ranking page: province roles only (403 otherwise); 404 unless the round exists and is finalised. */
	@Transactional(readOnly = true)
	public RankingView ranking(CurrentUser user, long roundId) {
		if (!user.seesAllAgencies()) {
			throw new AccessDeniedException("ranking not readable by " + user.getUsername());
		}
		RoundRow round = this.assessments.loadRound(roundId);
		if (!"FINALISED".equals(round.status())) {
			throw new NotFoundException("agencyscore.ranking.notFinalised");
		}
		return build(round);
	}

	/** The rankings of the year's finalised rounds, one per subject (sở, ban, ngành first); the caller checks access. */
	@Transactional(readOnly = true)
	public List<RankingView> rankingsOfYear(int year) {
		return this.store.rounds()
			.stream()
			.filter(r -> r.year() == year && "FINALISED".equals(r.status()))
			.sorted(Comparator.comparingInt(r -> AgencyAssessmentService.SUBJECTS.indexOf(r.subject())))
			.map(this::build)
			.toList();
	}

	private RankingView build(RoundRow round) {
		List<Node> tree = this.store.tree(round.setId());
		List<Area> areas = tree.stream()
			.filter(n -> n.depth() == 0)
			.map(n -> new Area(n.id(), n.code(), n.name(), n.maxPoints()))
			.toList();
		Map<Long, AgencyView> byId = this.agencies.byId();
		List<RankingRow> rows = new ArrayList<>();
		for (AssessmentRow a : this.store.assessments(round.id())) {
			ScoreCalculator.Result result = AgencyAssessmentService.calculate(tree, this.store.scores(a.id()));
			List<BigDecimal> perArea = areas.stream().map(area -> result.of(area.id()).effective()).toList();
			BigDecimal max = result.total().max();
			BigDecimal percent = Ranking.percent(a.total(), max);
			AgencyView agency = byId.get(a.agencyId());
			rows.add(new RankingRow(a.rank(), a.agencyId(), agency == null ? "?" : agency.name(), perArea, a.total(),
					max, percent, Ranking.Band.valueOf(a.band())));
		}
		rows.sort(Comparator.comparingInt(RankingRow::rank)
			.thenComparing(RankingRow::agencyName, VietnameseText.comparing(s -> s)));
		return new RankingView(this.assessments.round(round.id()), areas, rows);
	}

}
