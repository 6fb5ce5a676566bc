package vn.chiso.scoring;

import vn.chiso.common.NotFoundException;

/** A round, area or criterion of a round that does not exist. */
class ScoringNotFoundException extends NotFoundException {

	private ScoringNotFoundException(String key, Object... args) {
		super(key, args);
	}

	static ScoringNotFoundException round(Long id) {
		return new ScoringNotFoundException("scoring.round.notFound", id);
	}

	static ScoringNotFoundException area(Long id) {
		return new ScoringNotFoundException("scoring.area.notFound", id);
	}

	static ScoringNotFoundException criterion(Long id) {
		return new ScoringNotFoundException("scoring.criterion.notFound", id);
	}

}
