package vn.chiso.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.chiso.common.VietnameseText;

/**
 * A snapshot of known agency names, aliases and groups that matches the way plans write them: case, diacritics, "UBND"
 * / "Ủy ban nhân dân" / "Uỷ ban nhân dân", "VP UBND tỉnh", "Sở TT&TT", "huyện/thành phố" and the like. Pure (no
 * database), so it is cheap to use for a whole import and easy to test. Build one with
 * {@link AgencyNameMatcher#directory()}.
 */
public final class AgencyDirectory {

	/** Phrases plans use for named groups, by group code (several codes: the phrase names several groups). */
	static final Map<String, List<String>> GROUP_PHRASES = new LinkedHashMap<>();

	static {
		phrase("SO_BAN_NGANH", "Các sở, ban, ngành", "Sở, ban, ngành");
		phrase("CQ_CHUYEN_MON", "Các cơ quan chuyên môn thuộc UBND tỉnh",
				"Các cơ quan quản lý Nhà nước thuộc Ủy ban nhân dân tỉnh");
		phrase("UBND_HUYEN", "UBND các huyện, thành phố", "UBND cấp huyện, thành phố", "UBND cấp huyện",
				"UBND huyện, thành phố");
		phrase("UBND_XA", "UBND cấp xã", "UBND xã, phường, thị trấn", "Ủy ban nhân dân các xã, phường, thị trấn");
		phrase("CAC_CO_QUAN", "Các cơ quan, đơn vị");
		phraseMulti(List.of("UBND_HUYEN", "UBND_XA"), "UBND cấp huyện, cấp xã", "UBND các huyện, thành phố, UBND cấp xã");
	}

	private static final Map<String, List<String>> PHRASE_KEYS = new HashMap<>();

	private static final String[][] ABBREVIATIONS = { { "ubnd", "uy ban nhan dan" }, { "hdnd", "hoi dong nhan dan" },
			{ "vp", "van phong" }, { "tp", "thanh pho" }, { "tt va tt", "thong tin va truyen thong" },
			{ "kh va dt", "ke hoach va dau tu" }, { "kh va cn", "khoa hoc va cong nghe" },
			{ "gd va dt", "giao duc va dao tao" }, { "tn va mt", "tai nguyen va moi truong" },
			{ "nn va ptnt", "nong nghiep va phat trien nong thon" }, { "nn va mt", "nong nghiep va moi truong" },
			{ "ld tb va xh", "lao dong thuong binh va xa hoi" }, { "vh tt va dl", "van hoa the thao va du lich" },
			{ "pt va th", "phat thanh va truyen hinh" }, { "gtvt", "giao thong van tai" } };

	private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9 ]+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** A qualifier after a name ("… có chỉ tiêu tuyển dụng") that does not change who is meant. */
	private static final Pattern QUALIFIER = Pattern.compile("^ co (?!quan|lien quan)");

	private static final List<String> SPECIFIC_PREFIXES = List.of("so ", "uy ban nhan dan ", "van phong ",
			"thanh tra ", "cong an ", "buu dien ", "bao ", "dai ", "ban ", "trung tam ");

	private final Map<String, AssignmentItem> byKey = new HashMap<>();

	private final List<Candidate> candidates = new ArrayList<>();

	/** A known agency: its id, its display name and every name it goes by (full, short, aliases). */
	public record KnownAgency(Long id, String name, List<String> names) {
	}

	/** A known group: code and name. */
	public record KnownGroup(String code, String name) {
	}

	private record Candidate(String key, String name) {
	}

	public AgencyDirectory(List<KnownAgency> agencies, List<KnownGroup> groups) {
		Map<String, String> groupNames = new HashMap<>();
		for (KnownGroup group : groups) {
			groupNames.put(group.code(), group.name());
			this.byKey.putIfAbsent(key(group.name()), AssignmentItem.group(group.code(), group.name(), group.name()));
		}
		for (KnownAgency agency : agencies) {
			for (String name : agency.names()) {
				if (name != null && !name.isBlank()) {
					this.byKey.put(key(name), AssignmentItem.agency(agency.id(), name, agency.name()));
					this.candidates.add(new Candidate(key(name), agency.name()));
				}
			}
		}
		for (KnownGroup group : groups) {
			this.candidates.add(new Candidate(key(group.name()), group.name()));
		}
		this.groupNames = groupNames;
	}

	private final Map<String, String> groupNames;

	/** The matching key of a name: folded, abbreviations expanded, punctuation and "các" dropped. */
	public static String key(String name) {
		String f = VietnameseText.fold(name).replace("&", " va ").replace("/", " ");
		f = NON_WORD.matcher(f).replaceAll(" ");
		f = " " + SPACES.matcher(f).replaceAll(" ").trim() + " ";
		for (String[] abbreviation : ABBREVIATIONS) {
			f = f.replace(" " + abbreviation[0] + " ", " " + abbreviation[1] + " ");
		}
		f = f.replace(" cac ", " ").replace(" tinh tuyen quang ", " tinh ");
		return SPACES.matcher(f).replaceAll(" ").trim();
	}

	/** The agency or group a single name denotes, if any. */
	public List<AssignmentItem> match(String name) {
		String key = key(name);
		AssignmentItem exact = this.byKey.get(key);
		if (exact != null) {
			return List.of(withText(exact, name.trim()));
		}
		List<String> codes = PHRASE_KEYS.get(key);
		if (codes != null && codes.stream().allMatch(this.groupNames::containsKey)) {
			return codes.stream()
				.map(code -> AssignmentItem.group(code, name.trim(), this.groupNames.get(code)))
				.toList();
		}
		return List.of();
	}

	private List<AssignmentItem> matchWithQualifier(String name) {
		List<AssignmentItem> exact = match(name);
		if (!exact.isEmpty()) {
			return exact;
		}
		String key = key(name);
		for (String known : allKeys()) {
			if (key.startsWith(known) && QUALIFIER.matcher(key.substring(known.length())).find()) {
				AssignmentItem item = this.byKey.get(known);
				if (item != null) {
					return List.of(withText(item, name.trim()));
				}
				List<String> codes = PHRASE_KEYS.get(known);
				if (codes.stream().allMatch(this.groupNames::containsKey)) {
					return codes.stream()
						.map(code -> AssignmentItem.group(code, name.trim(), this.groupNames.get(code)))
						.toList();
				}
			}
		}
		return List.of();
	}

	private Set<String> allKeys() {
		if (this.allKeys == null) {
			Set<String> keys = new HashSet<>(this.byKey.keySet());
			keys.addAll(PHRASE_KEYS.keySet());
			this.allKeys = keys;
		}
		return this.allKeys;
	}

	private Set<String> allKeys;

	/**
	 * Splits a lead or cooperating cell into items: by ";" first, then by "," where the parts are names of their own
	 * ("Sở Tài chính, Sở Thông tin và Truyền thông" is two items, "Các sở, ban, ngành" is one group), and by "và" where
	 * the part before it is a known name. Consecutive parts that match nothing stay together as one text item.
	 */
	public List<AssignmentItem> split(String cell) {
		List<AssignmentItem> items = new ArrayList<>();
		if (cell == null || cell.isBlank()) {
			return items;
		}
		for (String part : cell.replace("/", ", ").split(";")) {
			List<String> tokens = new ArrayList<>();
			for (String token : part.split(",")) {
				String t = token.strip().replaceAll("[.;:]+$", "").strip();
				if (!t.isEmpty()) {
					tokens.add(t);
				}
			}
			splitTokens(tokens, items);
		}
		return items;
	}

	private void splitTokens(List<String> tokens, List<AssignmentItem> items) {
		List<String> unmatched = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			List<AssignmentItem> found = List.of();
			int end = i;
			for (int j = tokens.size(); j > i && found.isEmpty(); j--) {
				found = matchWithQualifier(String.join(", ", tokens.subList(i, j)));
				end = j;
			}
			if (!found.isEmpty()) {
				flush(unmatched, items);
				items.addAll(found);
				i = end;
				continue;
			}
			String token = tokens.get(i);
			String rest = splitAtAnd(token, unmatched, items);
			if (rest != null) {
				tokens.set(i, rest);
				continue;
			}
			unmatched.add(token);
			i++;
		}
		flush(unmatched, items);
	}

	/** "Sở Thông tin và Truyền thông và các cơ quan" → emits the agency, returns "các cơ quan"; null if no split. */
	private String splitAtAnd(String token, List<String> unmatched, List<AssignmentItem> items) {
		String lower = token.toLowerCase(VietnameseText.LOCALE);
		int from = lower.length();
		while ((from = lower.lastIndexOf(" và ", from - 1)) > 0) {
			List<AssignmentItem> found = match(token.substring(0, from));
			if (!found.isEmpty()) {
				flush(unmatched, items);
				items.addAll(found);
				return token.substring(from + 4).strip();
			}
		}
		return null;
	}

	private void flush(List<String> unmatched, List<AssignmentItem> items) {
		if (unmatched.isEmpty()) {
			return;
		}
		String text = String.join(", ", unmatched);
		items.add(AssignmentItem.text(text, looksSpecific(text)));
		unmatched.clear();
	}

	/** Whether unresolved text names one specific agency (an error on import) rather than a vague phrase. */
	static boolean looksSpecific(String text) {
		String key = key(text);
		if (key.contains("lien quan") || key.contains("chu dau tu")) {
			return false;
		}
		return SPECIFIC_PREFIXES.stream().anyMatch(key::startsWith);
	}

	/** Up to {@code limit} known names closest to the given one, best first (for "did you mean"). */
	public List<String> closest(String name, int limit) {
		String key = key(name);
		Map<String, Double> best = new LinkedHashMap<>();
		for (Candidate c : this.candidates) {
			double score = similarity(key, c.key());
			best.merge(c.name(), score, Math::max);
		}
		return best.entrySet()
			.stream()
			.filter(e -> e.getValue() > 0.3)
			.sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
			.limit(limit)
			.map(Map.Entry::getKey)
			.toList();
	}

	/** Dice coefficient on character bigrams. */
	static double similarity(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Map<String, Integer> grams = new HashMap<>();
		for (int i = 0; i < a.length() - 1; i++) {
			grams.merge(a.substring(i, i + 2), 1, Integer::sum);
		}
		int common = 0;
		for (int i = 0; i < b.length() - 1; i++) {
			String g = b.substring(i, i + 2);
			Integer n = grams.get(g);
			if (n != null && n > 0) {
				common++;
				grams.put(g, n - 1);
			}
		}
		return 2.0 * common / (a.length() - 1 + b.length() - 1);
	}

	private static AssignmentItem withText(AssignmentItem item, String text) {
		return new AssignmentItem(item.kind(), item.agencyId(), item.groupCode(), text, item.label(), item.suspicious());
	}

	private static void phrase(String code, String... phrases) {
		phraseMulti(List.of(code), phrases);
	}

	private static void phraseMulti(List<String> codes, String... phrases) {
		for (String p : phrases) {
			GROUP_PHRASES.put(p, codes);
		}
	}

	static {
		GROUP_PHRASES.forEach((phrase, codes) -> PHRASE_KEYS.put(key(phrase), codes));
	}

}
