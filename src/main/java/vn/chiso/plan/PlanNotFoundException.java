package vn.chiso.plan;

import vn.chiso.common.NotFoundException;

/** A plan or task that does not exist (or was deleted): the 404 page says which. */
class PlanNotFoundException extends NotFoundException {

	private PlanNotFoundException(String key, Object... args) {
		super(key, args);
	}

	static PlanNotFoundException plan(Long id) {
		return new PlanNotFoundException("plan.notFound", id);
	}

	static PlanNotFoundException task(Long id) {
		return new PlanNotFoundException("task.notFound", id);
	}

}
