package vn.chiso.progress;

import vn.chiso.security.CurrentUser;

/** Signing in for tests outside this package that call progress services directly. */
public final class MailScenarioAccess {

	private MailScenarioAccess() {
	}

	public static void signIn(CurrentUser user) {
		ProgressFixtures.signIn(user);
	}

}
