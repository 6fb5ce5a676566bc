package vn.chiso.notification;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.chiso.security.Role;
import vn.chiso.user.UserService;

/** The people who may receive messages, from the user module's list, each with the mode in force for them. */
@Component
class Recipients {

	private final UserService users;

	private final NotificationStore store;

	Recipients(UserService users, NotificationStore store) {
		this.users = users;
		this.store = store;
	}

	/** Every enabled person with an e-mail address whose mode is not NONE. */
	List<Recipient> all() {
		return of(null);
	}

	/** The enabled people of the agency with an e-mail address whose mode is not NONE. */
	List<Recipient> ofAgency(long agencyId) {
		return of(agencyId);
	}

	private List<Recipient> of(Long agencyId) {
		Map<Long, MailMode> choices = this.store.choices();
		MailMode fallback = this.store.settings().defaultMode();
		return this.users.list(null, null, agencyId)
			.stream()
			.filter(u -> u.enabled() && StringUtils.hasText(u.email()))
			.map(u -> new Recipient(u.id(), u.fullName(), u.email(), u.role(), u.agencyId(),
					choices.getOrDefault(u.id(), fallback)))
			.filter(r -> r.mode() != MailMode.NONE)
			.toList();
	}

	static boolean staff(Recipient r) {
		return r.role() == Role.CAN_BO_DON_VI && r.agencyId() != null;
	}

	static boolean head(Recipient r) {
		return r.role() == Role.LANH_DAO_DON_VI && r.agencyId() != null;
	}

	static boolean province(Recipient r) {
		return r.role() == Role.SO_NOI_VU;
	}

}
