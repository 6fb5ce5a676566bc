package vn.chiso.common.excel;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8WriterTests {

	/** ASCII, Vietnamese (precomposed and combining), a 3-byte symbol, emoji (surrogate pairs), lone surrogates. */
	private static final String[] PIECES = { "<c r=\"A1\" s=\"5\">", "Tuyên Quang", "Đạt 84,70%", "Sở Nội vụ",
			"tiếng Việt", "\u1EA1", "e\u0301", "€", "\uD83D\uDE00", "\uD83C\uDDFB\uD83C\uDDF3", "\uD800", "\uDC00", "&amp;",
			"\n", "" };

	@Test
	void writesTheBytesOfUtf8WhereverTheCallsSplitTheText() throws Exception {
		Random random = new Random(20261206);
		for (int round = 0; round < 300; round++) {
			StringBuilder text = new StringBuilder();
			for (int i = 0, n = random.nextInt(40); i < n; i++) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
			String s = text.toString();
			ByteArrayOutputStream fast = new ByteArrayOutputStream();
			ByteArrayOutputStream jdk = new ByteArrayOutputStream();
			// a tiny buffer, so that it is drained in the middle of characters' bytes
			try (Writer a = new Utf8Writer(fast, 16 + random.nextInt(8));
					Writer b = new OutputStreamWriter(jdk, StandardCharsets.UTF_8)) {
				int at = 0;
				while (at < s.length()) {
					// the calls end anywhere, also between the two halves of a surrogate pair
					int len = Math.min(s.length() - at, random.nextInt(5));
					switch (random.nextInt(3)) {
						case 0 -> {
							a.write(s, at, len);
							b.write(s, at, len);
						}
						case 1 -> {
							a.write(s.toCharArray(), at, len);
							b.write(s.toCharArray(), at, len);
						}
						default -> {
							len = 1;
							a.write(s.charAt(at));
							b.write(s.charAt(at));
						}
					}
					at += len;
				}
			}
			assertThat(fast.toByteArray()).as(s).isEqualTo(jdk.toByteArray());
			assertThat(fast.toByteArray()).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
		}
	}

	@Test
	void flushWritesAllButAHalfOfASurrogatePair() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Utf8Writer writer = new Utf8Writer(out, 1024);
		writer.write("Hà Giang \uD83D");
		writer.flush();
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Hà Giang ");
		writer.write("\uDE00");
		writer.close();
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Hà Giang \uD83D\uDE00");
		writer.close();
		assertThat(out.size()).as("closing twice writes nothing more").isEqualTo("Hà Giang \uD83D\uDE00".getBytes(
				StandardCharsets.UTF_8).length);
	}

}
