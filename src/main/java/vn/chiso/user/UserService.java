package vn.chiso.user;

import vn.chiso.security.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.audit.AuditService;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.NotFoundException;
import vn.chiso.common.VietnameseText;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.LoginHandlers;
import vn.chiso.security.TemporaryPasswordFilter;

@Service
public class UserService
		implements UserDetailsService, LoginHandlers.UserLoginRecorder, TemporaryPasswordFilter.PasswordChangeState {

	private final UserRepository users;

	private final AgencyService agencies;

	private final PasswordEncoder passwordEncoder;

	private final AuditService audit;

	UserService(UserRepository users, AgencyService agencies, PasswordEncoder passwordEncoder, AuditService audit) {
		this.users = users;
		this.agencies = agencies;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		AppUser user = this.users.findByUsername(username == null ? "" : username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		String agencyName = user.getAgencyId() == null ? null : this.agencies.get(user.getAgencyId()).name();
		return new CurrentUser(user.getId(), user.getUsername(), user.getPasswordHash(), user.getFullName(),
				user.getRole(), user.getAgencyId(), agencyName, user.isEnabled(), user.isMustChangePassword());
	}

	@Override
	@Transactional
	public void recordLogin(Long userId) {
		this.users.recordLogin(userId, java.time.Instant.now());
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mustChangePassword(Long userId) {
		return this.users.findById(userId).map(AppUser::isMustChangePassword).orElse(false);
	}

	@Transactional(readOnly = true)
	public List<UserView> list(String query, Role role, Long agencyId) {
		Map<Long, AgencyView> agencyById = this.agencies.byId();
		String folded = VietnameseText.fold(query);
		return this.users.findAll()
			.stream()
			.filter(u -> role == null || u.getRole() == role)
			.filter(u -> agencyId == null || agencyId.equals(u.getAgencyId()))
			.map(u -> toView(u, agencyById))
			.filter(u -> folded.isEmpty() || VietnameseText.fold(u.username() + " " + u.fullName() + " "
					+ (u.agencyName() == null ? "" : u.agencyName())).contains(folded))
			.sorted(VietnameseText.comparing(UserView::fullName))
			.toList();
	}

	@Transactional(readOnly = true)
	public UserView get(Long id) {
		return toView(find(id), this.agencies.byId());
	}

	@Transactional(readOnly = true)
	public boolean adminExists() {
		return this.users.existsByRole(Role.QUAN_TRI);
	}

	/** Creates a user; rule violations are {@link BusinessRuleException}s whose key names the field's problem. */
	@Transactional
	public UserView create(UserForm form) {
		String username = form.getUsername().trim();
		if (this.users.existsByUsername(username)) {
			throw new BusinessRuleException("user.username.taken");
		}
		checkAgency(form.getRole(), form.getAgencyId());
		PasswordPolicy.violation(username, form.getPassword()).ifPresent(key -> {
			throw new BusinessRuleException(key);
		});
		AppUser user = new AppUser(username, form.getFullName().trim(), blankToNull(form.getEmail()),
				this.passwordEncoder.encode(form.getPassword()), form.getRole(),
				form.getRole().agencyRequired() ? form.getAgencyId() : form.getAgencyId());
		if (!form.isEnabled()) {
			user.disable();
		}
		this.users.saveAndFlush(user);
		this.audit.record("USER_CREATED", "USER", user.getId(), user.getAgencyId(), "Tạo người dùng " + username, null,
				snapshot(user));
		return get(user.getId());
	}

	@Transactional
	public UserView update(Long id, UserForm form) {
		AppUser user = find(id);
		if (user.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(AppUser.class, id);
		}
		checkAgency(form.getRole(), form.getAgencyId());
		Map<String, Object> before = snapshot(user);
		user.update(form.getFullName().trim(), blankToNull(form.getEmail()), form.getRole(), form.getAgencyId(),
				form.isEnabled());
		this.users.saveAndFlush(user);
		this.audit.record("USER_UPDATED", "USER", id, user.getAgencyId(), "Sửa người dùng " + user.getUsername(),
				before, snapshot(user));
		return get(id);
	}

	@Transactional
	public void resetPassword(Long id, String newPassword) {
		AppUser user = find(id);
		PasswordPolicy.violation(user.getUsername(), newPassword).ifPresent(key -> {
			throw new BusinessRuleException(key);
		});
		user.resetPassword(this.passwordEncoder.encode(newPassword));
		this.audit.record("USER_PASSWORD_RESET", "USER", id, user.getAgencyId(),
				"Đặt lại mật khẩu cho " + user.getUsername(), null, null);
	}

	/** The user's own change: the current password must be right, the new one must meet the policy and differ. */
	@Transactional
	public void changeOwnPassword(Long id, PasswordChangeForm form) {
		AppUser user = find(id);
		if (!this.passwordEncoder.matches(form.getCurrentPassword(), user.getPasswordHash())) {
			throw new BusinessRuleException("account.currentPassword.wrong");
		}
		if (!form.getNewPassword().equals(form.getConfirmPassword())) {
			throw new BusinessRuleException("account.confirmPassword.mismatch");
		}
		if (form.getNewPassword().equals(form.getCurrentPassword())) {
			throw new BusinessRuleException("account.newPassword.same");
		}
		PasswordPolicy.violation(user.getUsername(), form.getNewPassword()).ifPresent(key -> {
			throw new BusinessRuleException(key);
		});
		user.changePassword(this.passwordEncoder.encode(form.getNewPassword()));
		this.audit.record("USER_PASSWORD_CHANGED", "USER", id, user.getAgencyId(),
				"Người dùng " + user.getUsername() + " đổi mật khẩu", null, null);
	}

	/** For demo data and the first administrator: creates an account with a known password, skipping the form. */
	@Transactional
	public Long createAccount(String username, String fullName, Role role, Long agencyId, String rawPassword) {
		PasswordPolicy.violation(username, rawPassword).ifPresent(key -> {
			throw new BusinessRuleException(key);
		});
		checkAgency(role, agencyId);
		AppUser user = new AppUser(username, fullName, null, this.passwordEncoder.encode(rawPassword), role, agencyId);
		this.users.saveAndFlush(user);
		this.audit.record("USER_CREATED", "USER", user.getId(), agencyId, "Tạo người dùng " + username, null,
				snapshot(user));
		return user.getId();
	}

	private void checkAgency(Role role, Long agencyId) {
		if (role.agencyRequired() && agencyId == null) {
			throw new BusinessRuleException("user.agency.required");
		}
		if (agencyId != null) {
			this.agencies.get(agencyId);
		}
	}

	private AppUser find(Long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("user.notFound", id));
	}

	private static UserView toView(AppUser u, Map<Long, AgencyView> agencyById) {
		AgencyView agency = u.getAgencyId() == null ? null : agencyById.get(u.getAgencyId());
		return new UserView(u.getId(), u.getUsername(), u.getFullName(), u.getEmail(), u.getRole(), u.getAgencyId(),
				agency == null ? null : agency.name(), u.isEnabled(), u.getLastLoginAt(), u.getVersion());
	}

	private static Map<String, Object> snapshot(AppUser u) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("username", u.getUsername());
		map.put("fullName", u.getFullName());
		map.put("email", u.getEmail());
		map.put("role", u.getRole());
		map.put("agencyId", u.getAgencyId());
		map.put("enabled", u.isEnabled());
		return map;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
