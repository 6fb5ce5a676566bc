package vn.chiso.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.chiso.catalog.CriterionRef;
import vn.chiso.common.VietnameseText;

/**
 * Finds which index and which catalog component a plan section serves, from its title: "Chỉ số cải cách thể chế" →
 * PAR INDEX area "Cải cách thể chế"; "Chỉ số hài lòng về “Công chức”" → SIPAS factor 3; PAPI group "3" → dimension 3.
 * Titles in plans differ slightly from catalog names, so a clear name match wins and the position is the fallback.
 */
final class SectionLinker {

	private SectionLinker() {
	}

	/** The index a group or appendix title is about, or null if it does not say (or names several). */
	static String indexOf(String title) {
		String f = VietnameseText.fold(title);
		boolean papi = f.contains("quan tri va hanh chinh cong") || f.contains("papi");
		boolean sipas = f.contains("hai long") || f.contains("sipas");
		boolean par = f.contains("cai cach hanh chinh") || f.contains("xa hoi hoc") || f.contains("par index");
		int count = (papi ? 1 : 0) + (sipas ? 1 : 0) + (par ? 1 : 0);
		if (count != 1) {
			return null;
		}
		return papi ? "PAPI" : sipas ? "SIPAS" : "PAR_INDEX";
	}

	/**
	 * The top-level component matching a section title: the best name match if clearly good, else the one at the
	 * section's position (1-based) among its siblings.
	 */
	static Optional<CriterionRef> component(String title, int position, List<CriterionRef> components) {
		Set<String> words = words(title);
		CriterionRef best = null;
		double bestScore = 0;
		boolean tie = false;
		for (CriterionRef c : components) {
			double score = overlap(words, words(c.name()));
			if (score > bestScore) {
				best = c;
				bestScore = score;
				tie = false;
			}
			else if (score == bestScore) {
				tie = true;
			}
		}
		if (best != null && bestScore >= 0.8 && !tie) {
			return Optional.of(best);
		}
		return components.stream().filter(c -> c.code().equals(String.valueOf(position))).findFirst();
	}

	private static Set<String> words(String text) {
		String f = VietnameseText.fold(text).replaceAll("[^a-z0-9 ]", " ");
		f = (" " + f + " ").replace(" chi so hai long ve ", " ").replace(" chi so ", " ");
		Set<String> words = new HashSet<>(List.of(f.trim().split("\\s+")));
		words.remove("");
		return words;
	}

	private static double overlap(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		long common = a.stream().filter(b::contains).count();
		return (double) common / Math.min(a.size(), b.size());
	}

}
