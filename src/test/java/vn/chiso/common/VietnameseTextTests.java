package vn.chiso.common;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTests {

	@Test
	void sortsInVietnameseOrderWithNullsAsEmpty() {
		List<String> names = new ArrayList<>(Arrays.asList("Ủy ban nhân dân xã Đạo Viện", "Sở Y tế", "Sở Tư pháp", null,
				"Ban Dân tộc", "Ấp Bắc", "ăn", "an", "Đội", "Dung", "Sở Tư Pháp", "Ánh", "anh"));
		names.sort(VietnameseText.comparing(s -> s));
		assertThat(names).containsExactly(null, "an", "anh", "Ánh", "ăn", "Ấp Bắc", "Ban Dân tộc", "Dung", "Đội",
				"Sở Tư pháp", "Sở Tư Pháp", "Sở Y tế", "Ủy ban nhân dân xã Đạo Viện");
	}

	/** The kept collation keys order every pair as the collator itself does. */
	@Test
	void ordersEveryPairAsTheCollator() {
		Random random = new Random(7);
		String letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÔƠƯáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ ";
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			StringBuilder b = new StringBuilder();
			for (int j = random.nextInt(6); j >= 0; j--) {
				b.append(letters.charAt(random.nextInt(letters.length())));
			}
			texts.add(b.toString());
		}
		Collator collator = VietnameseText.collator();
		Comparator<String> comparing = VietnameseText.comparing(s -> s);
		for (String a : texts) {
			for (String b : texts.subList(0, 60)) {
				assertThat(Integer.signum(comparing.compare(a, b))).as("%s / %s", a, b)
					.isEqualTo(Integer.signum(collator.compare(a, b)));
			}
		}
	}

}
