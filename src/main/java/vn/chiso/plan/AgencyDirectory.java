package vn.chiso.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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
		phrase("SO_BAN_NGANH", "Các sở, ban, ngành", "Sở, ban, ngành", "Các sở", "Các sở, ngành", "Các ban, ngành",
				"Các sở, ngành tỉnh", "Các sở, ngành thuộc tỉnh",
				"Các sở, ban, ngành tỉnh", "Các sở, ban, ngành cấp tỉnh", "Các sở, ban, ngành thuộc tỉnh",
				"Các ban, ngành, đơn vị cấp tỉnh", "Các sở, ban, ngành, đơn vị cấp tỉnh");
		phrase("CQ_CHUYEN_MON", "Các cơ quan chuyên môn thuộc UBND tỉnh",
				"Các cơ quan quản lý Nhà nước thuộc Ủy ban nhân dân tỉnh");
		phrase("UBND_HUYEN", "UBND các huyện, thành phố", "UBND cấp huyện, thành phố", "UBND cấp huyện",
				"UBND huyện, thành phố", "UBND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố thuộc tỉnh",
				"UBND các huyện, thành phố thuộc tỉnh", "UBND các quận, huyện, thị xã, thành phố");
		phrase("UBND_XA", "UBND cấp xã", "UBND xã, phường, thị trấn", "Ủy ban nhân dân các xã, phường, thị trấn",
				"UBND các xã, phường", "UBND các xã, phường, đặc khu", "UBND xã, phường");
		phrase("CAC_CO_QUAN", "Các cơ quan, đơn vị", "Các cơ quan, đơn vị thuộc tỉnh", "Các cơ quan, đơn vị cấp tỉnh");
		phraseMulti(List.of("UBND_HUYEN", "UBND_XA"), "UBND cấp huyện, cấp xã", "UBND các huyện, thành phố, UBND cấp xã",
				"UBND các cấp", "Chính quyền các cấp");
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

	private static final List<String> SPECIFIC_PREFIXES = List.of("so ", "bo ", "cuc ", "chi cuc ", "uy ban nhan dan ", "van phong ",
			"thanh tra ", "cong an ", "buu dien ", "bao ", "dai ", "ban ", "trung tam ");

	/**
	 * A known agency: its id, its display name, every name it goes by (full, short, aliases), whether it is in
	 * service today (a stopped agency is never matched) and the name of its successor if it has one.
	 */
	public record KnownAgency(Long id, String name, List<String> names, boolean active, String successorName) {

		public KnownAgency(Long id, String name, List<String> names) {
			this(id, name, names, true, null);
		}

	}

	/** A known group: code, name and the aliases that point to it. */
	public record KnownGroup(String code, String name, List<String> aliases) {

		public KnownGroup(String code, String name) {
			this(code, name, List.of());
		}

	}

	/** The matching key of a name: folded, abbreviations expanded, punctuation and "các" dropped. */
	public static String key(String name) {
		String f = VietnameseText.fold(name).replace("&", " va ").replace("/", " ");
		f = NON_WORD.matcher(f).replaceAll(" ");
		f = " " + SPACES.matcher(f).replaceAll(" ").trim() + " ";
		for (String[] abbreviation : ABBREVIATIONS) {
			f = f.replace(" " + abbreviation[0] + " ", " " + abbreviation[1] + " ");
		}
		f = f.replace(" cac ", " ").replace(" nhung ", " ");
		return SPACES.matcher(f).replaceAll(" ").trim();
	}

	/** Titles of heads of bodies: "Giám đốc các sở" means the departments, "Chánh Văn phòng UBND tỉnh" the office. */
	private static final List<String> HEAD_TITLES = List.of("giam doc thu truong ", "giam doc ", "thu truong ",
			"chu tich ", "chanh van phong ", "chanh thanh tra ", "nguoi dung dau ", "lanh dao ", "truong ban ",
			"tong bien tap ", "pho giam doc ", "pho chu tich ", "chi cuc truong ", "cuc truong ");

	/** The body a head title stands for ("chanh van phong …" → "van phong …"); null when there is no title. */
	private static String withoutHeadTitle(String key) {
		for (String title : HEAD_TITLES) {
			if (key.startsWith(title)) {
				String rest = key.substring(title.length());
				return switch (title) {
					case "chanh van phong " -> "van phong " + rest;
					case "chanh thanh tra " -> "thanh tra " + rest;
					case "truong ban " -> "ban " + rest;
					default -> rest;
				};
			}
		}
		return null;
	}

	/** A role written after a body's name: "Sở Nội vụ – cơ quan thường trực …", "(cơ quan đầu mối)". */
	private static final Pattern ROLE = Pattern.compile(
			"\\s*(?:[\u2013\u2014-]|\\()\\s*(?:là\\s+)?(?:cơ quan\\s+)?(?:thường trực|đầu mối|chủ trì|tham mưu)(?:\\s.*)?$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** The body's name without a role written after it; the text itself when there is none. */
	static String withoutRole(String text) {
		String t = text.strip();
		Matcher m = ROLE.matcher(t);
		if (m.find() && m.start() > 0) {
			return t.substring(0, m.start()).strip();
		}
		return t;
	}

	/** The same words in any order: "UBND các thành phố, huyện" and "UBND các huyện, thành phố". */
	private static String bagOfWords(String key) {
		List<String> words = new ArrayList<>(List.of(key.split(" ")));
		words.removeIf(String::isEmpty);
		java.util.Collections.sort(words);
		return String.join(" ", words);
	}

	private final Map<String, AssignmentItem> byKey = new HashMap<>();

	/** Keys two active agencies share: matching one of them would be a guess. */
	private final Map<String, List<String>> ambiguous = new HashMap<>();

	/** Keys of agencies no longer in service, with the agency: never matched, reported with the successor. */
	private final Map<String, KnownAgency> stopped = new HashMap<>();

	/** Groups and group phrases by their words in any order. */
	private final Map<String, List<AssignmentItem>> byWords = new HashMap<>();

	private final List<Candidate> candidates = new ArrayList<>();

	/** The province names found in the agencies' names ("tỉnh Bình Định" → "binh dinh"), as keys. */
	private final Set<String> provinceKeys = new HashSet<>();

	private final Map<String, String> groupNames;

	private record Candidate(String key, String name, ImportProblem.AliasTarget target) {
	}

	private static final Pattern PROVINCE_SUFFIX = Pattern.compile(" tinh ((?:[a-z]+ ?){1,4})$");

	public AgencyDirectory(List<KnownAgency> agencies, List<KnownGroup> groups) {
		for (KnownAgency agency : agencies) {
			for (String name : agency.names()) {
				if (name != null && !name.isBlank()) {
					Matcher m = PROVINCE_SUFFIX.matcher(key(name));
					if (m.find()) {
						this.provinceKeys.add(m.group(1).trim());
					}
				}
			}
		}
		Map<String, String> names = new HashMap<>();
		for (KnownGroup group : groups) {
			names.put(group.code(), group.name());
		}
		this.groupNames = names;
		Map<String, Long> owner = new HashMap<>();
		for (KnownAgency agency : agencies) {
			for (String name : agency.names()) {
				if (name == null || name.isBlank()) {
					continue;
				}
				String k = localKey(name);
				if (!agency.active()) {
					this.stopped.putIfAbsent(k, agency);
					continue;
				}
				Long other = owner.putIfAbsent(k, agency.id());
				if (other != null && !other.equals(agency.id())) {
					this.ambiguous.computeIfAbsent(k, x -> new ArrayList<>()).add(agency.name());
					continue;
				}
				this.byKey.put(k, AssignmentItem.agency(agency.id(), name, agency.name()));
				this.candidates.add(new Candidate(k, agency.name(), new ImportProblem.AliasTarget(agency.id(), null, agency.name())));
			}
		}
		for (KnownAgency agency : agencies) {
			if (agency.active()) {
				for (String name : agency.names()) {
					if (name != null && this.ambiguous.containsKey(localKey(name))
							&& !this.ambiguous.get(localKey(name)).contains(agency.name())) {
						this.ambiguous.get(localKey(name)).add(0, agency.name());
					}
				}
			}
		}
		this.ambiguous.keySet().forEach(this.byKey::remove);
		for (KnownGroup group : groups) {
			AssignmentItem item = AssignmentItem.group(group.code(), group.name(), group.name());
			this.byKey.putIfAbsent(localKey(group.name()), item);
			this.byWords.putIfAbsent(bagOfWords(localKey(group.name())), List.of(item));
			for (String alias : group.aliases()) {
				this.byKey.putIfAbsent(localKey(alias), AssignmentItem.group(group.code(), alias, group.name()));
			}
			this.candidates.add(new Candidate(localKey(group.name()), group.name(),
					new ImportProblem.AliasTarget(null, group.code(), group.name())));
		}
		GROUP_PHRASES.forEach((phrase, codes) -> {
			if (codes.stream().allMatch(names::containsKey)) {
				this.byWords.putIfAbsent(bagOfWords(localKey(phrase)),
						codes.stream().map(c -> AssignmentItem.group(c, phrase, names.get(c))).toList());
			}
		});
	}

	/** The key of a name in this province: a province name after "tỉnh", or alone, reads as "tỉnh". */
	String localKey(String name) {
		String k = " " + key(name) + " ";
		for (String province : this.provinceKeys) {
			k = k.replace(" tinh " + province + " ", " tinh ").replace(" " + province + " ", " tinh ");
		}
		k = k.replace(" tinh tinh ", " tinh ");
		return SPACES.matcher(k).replaceAll(" ").trim();
	}

	/** The agency or group a single name denotes, if any; never an agency that has stopped or a shared name. */
	public List<AssignmentItem> match(String name) {
		String text = withoutRole(name);
		String key = localKey(text);
		List<AssignmentItem> found = matchKey(key, name.trim());
		if (found.isEmpty()) {
			String bare = withoutHeadTitle(key);
			if (bare != null) {
				found = matchKey(bare, name.trim());
				key = bare;
			}
		}
		if (found.isEmpty() && key.endsWith(" tinh") && key.length() > 5) {
			// "Sở Nội vụ tỉnh Lào Cai": a department of the province is the department
			found = matchKey(key.substring(0, key.length() - 5), name.trim());
		}
		return found;
	}

	private List<AssignmentItem> matchKey(String key, String text) {
		if (this.ambiguous.containsKey(key)) {
			return List.of();
		}
		AssignmentItem exact = this.byKey.get(key);
		if (exact != null) {
			return List.of(withText(exact, text));
		}
		List<String> codes = PHRASE_KEYS.get(key);
		if (codes != null && codes.stream().allMatch(this.groupNames::containsKey)) {
			return codes.stream().map(code -> AssignmentItem.group(code, text, this.groupNames.get(code))).toList();
		}
		List<AssignmentItem> words = this.byWords.get(bagOfWords(key));
		if (words != null) {
			return words.stream().map(item -> withText(item, text)).toList();
		}
		return List.of();
	}

	/** The stopped agency a name denotes, when it denotes one and no agency in service. */
	public java.util.Optional<KnownAgency> stoppedAgency(String name) {
		if (!match(name).isEmpty()) {
			return java.util.Optional.empty();
		}
		String key = localKey(withoutRole(name));
		KnownAgency agency = this.stopped.get(key);
		if (agency == null) {
			String bare = withoutHeadTitle(key);
			agency = bare == null ? null : this.stopped.get(bare);
		}
		return java.util.Optional.ofNullable(agency);
	}

	/** The agencies in service that share a name, when the name is one of those. */
	public List<String> sharedBy(String name) {
		return this.ambiguous.getOrDefault(localKey(withoutRole(name)), List.of());
	}

	private List<AssignmentItem> matchWithQualifier(String name) {
		List<AssignmentItem> exact = match(name);
		if (!exact.isEmpty()) {
			return exact;
		}
		String key = localKey(withoutRole(name));
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
		for (String part : cell.replace("/", ", ").replace("\n", "; ").split(";")) {
			part = withoutRole(PARENTHESISED_ROLE.matcher(part).replaceAll(""));
			Matcher related = RELATED.matcher(part);
			if (related.find() && related.start() > 0) {
				List<AssignmentItem> whole = match(part.substring(0, related.start()));
				if (!whole.isEmpty() && whole.stream().allMatch(i -> i.kind() == AssignmentKind.GROUP)) {
					// "Các sở, ngành liên quan": only some members of the group, which ones is not said
					items.add(AssignmentItem.text(part.strip(), false));
					continue;
				}
			}
			List<String> tokens = new ArrayList<>();
			for (String token : part.split(",")) {
				for (String piece : AND_BODY.split(token)) {
					String t = piece.strip().replaceAll("[.;:]+$", "").strip();
					if (!t.isEmpty()) {
						tokens.add(t);
					}
				}
			}
			splitTokens(tokens, items);
		}
		List<AssignmentItem> distinct = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (AssignmentItem item : items) {
			String id = item.kind() + ":" + (item.agencyId() != null ? item.agencyId()
					: item.groupCode() != null ? item.groupCode() : item.text());
			if (seen.add(id)) {
				distinct.add(item);
			}
		}
		return distinct;
	}

	/** "(có) liên quan …" after a group: only the members concerned, not the whole group. */
	private static final Pattern RELATED = Pattern.compile("\\s+(?:có\\s+)?liên quan(?:\\s.*)?$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** "… và Chủ tịch UBND các cấp", "… và các đơn vị liên quan": "và" before a body starts a new item. */
	private static final Pattern AND_BODY = Pattern.compile(
			"\\s+và\\s+(?=(?:các\\s+)?(?:đơn vị|cơ quan|sở|ban\\s|ủy ban|uỷ ban|ubnd|chủ tịch|giám đốc|thủ trưởng|"
					+ "văn phòng|công an|thành viên|người đứng đầu)|các\\s)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern PARENTHESISED_ROLE = Pattern.compile(
			"\\s*\\((?:là\\s+)?(?:cơ quan\\s+)?(?:thường trực|đầu mối|chủ trì|tham mưu)[^)]*\\)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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

	/**
	 * Up to {@code limit} agencies in service and groups closest to the given name, best first: what the preview offers
	 * to save the name as an alias of. Heads' titles and roles are ignored ("Giám đốc Sở X" is close to "Sở X").
	 */
	public List<ImportProblem.AliasTarget> closestTargets(String name, int limit) {
		String key = localKey(withoutRole(name));
		String bare = withoutHeadTitle(key);
		Map<String, Double> best = new LinkedHashMap<>();
		Map<String, ImportProblem.AliasTarget> targets = new HashMap<>();
		for (Candidate c : this.candidates) {
			double score = Math.max(similarity(key, c.key()), bare == null ? 0 : similarity(bare, c.key()));
			best.merge(c.target().value(), score, Math::max);
			targets.putIfAbsent(c.target().value(), c.target());
		}
		return best.entrySet()
			.stream()
			.filter(e -> e.getValue() > 0.3)
			.sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
			.limit(limit)
			.map(e -> targets.get(e.getKey()))
			.toList();
	}

	/** Up to {@code limit} known names closest to the given one, best first (for "did you mean"). */
	public List<String> closest(String name, int limit) {
		String key = localKey(withoutRole(name));
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
