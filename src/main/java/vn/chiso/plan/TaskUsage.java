package vn.chiso.plan;

import java.util.Collection;

/**
 * What other modules record against a plan's tasks, asked before the plan is deleted: a plan whose tasks anything was
 * reported on is archived, never deleted. Implemented by the modules that keep such records (progress), so that the
 * plan module need not know them.
 */
public interface TaskUsage {

	/** Whether anything was ever recorded against any of the tasks. */
	boolean usedByAny(Collection<Long> taskIds);

}
