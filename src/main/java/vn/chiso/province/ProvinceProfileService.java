package vn.chiso.province;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.audit.AuditService;

/**
 * The province this installation serves. Read on every report (one primary-key lookup, so a change made on one
 * instance shows on every instance at once); changed by an administrator, audited, guarded by its version.
 */
@Service
public class ProvinceProfileService {

	static final String ENTITY = "PROVINCE_PROFILE";

	private final ProvinceProfileRepository profiles;

	private final AuditService audit;

	ProvinceProfileService(ProvinceProfileRepository profiles, AuditService audit) {
		this.profiles = profiles;
		this.audit = audit;
	}

	/** The province as printed on reports; {@link ProvinceIdentity#notConfigured()} until an administrator fills it in. */
	@Transactional(readOnly = true)
	public ProvinceIdentity current() {
		return this.profiles.findById(ProvinceProfile.ID)
			.map(ProvinceProfile::identity)
			.orElseGet(ProvinceIdentity::notConfigured);
	}

	@Transactional(readOnly = true)
	ProvinceForm form() {
		return this.profiles.findById(ProvinceProfile.ID)
			.map(p -> ProvinceForm.of(p.identity(), p.getVersion()))
			.orElseGet(() -> ProvinceForm.of(ProvinceIdentity.notConfigured(), null));
	}

	/**
	 * Saves the province's identity. {@code form.version} must be the version the user saw (null for the first save);
	 * otherwise someone else changed it meanwhile and nothing is written.
	 */
	@Transactional
	public ProvinceIdentity save(ProvinceForm form, String user) {
		ProvinceProfile profile = this.profiles.findById(ProvinceProfile.ID).orElse(null);
		Map<String, Object> before = null;
		if (profile == null) {
			if (form.getVersion() != null) {
				throw new ObjectOptimisticLockingFailureException(ProvinceProfile.class, ProvinceProfile.ID);
			}
			profile = ProvinceProfile.create();
		}
		else {
			if (form.getVersion() == null || form.getVersion() != profile.getVersion()) {
				throw new ObjectOptimisticLockingFailureException(ProvinceProfile.class, ProvinceProfile.ID);
			}
			before = fields(profile.identity());
		}
		profile.change(form, user);
		ProvinceProfile saved = this.profiles.saveAndFlush(profile);
		ProvinceIdentity after = saved.identity();
		this.audit.record("PROVINCE_PROFILE_UPDATED", ENTITY, ProvinceProfile.ID, null,
				"Cập nhật thông tin " + after.provinceName(), before, fields(after));
		return after;
	}

	private static Map<String, Object> fields(ProvinceIdentity p) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("provinceName", p.provinceName());
		m.put("parentBody", p.parentBody());
		m.put("place", p.place());
		m.put("issuer", p.issuer());
		m.put("issuerCode", p.issuerCode());
		m.put("authority", p.authority());
		m.put("signerPosition", p.signerPosition());
		m.put("signerName", p.signerName());
		return m;
	}

}
