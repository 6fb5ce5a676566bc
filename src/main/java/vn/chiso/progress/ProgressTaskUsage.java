package vn.chiso.progress;

import java.util.Collection;

import org.springframework.stereotype.Component;

import vn.chiso.plan.TaskUsage;

/** Tells the plan module whether a task was ever reported on (a plan with reports is archived, never deleted). */
@Component
class ProgressTaskUsage implements TaskUsage {

	private final ProgressQueries queries;

	ProgressTaskUsage(ProgressQueries queries) {
		this.queries = queries;
	}

	@Override
	public boolean usedByAny(Collection<Long> taskIds) {
		return this.queries.hasEntriesForTasks(taskIds);
	}

}
