package vn.chiso.evidence;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.multipart.MultipartFile;

import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 20 MB upload goes from the request's temporary file to PostgreSQL, and back to the client, without the whole file
 * ever being in the heap: measured as the bytes the test thread allocates, which stay far below the file size on the
 * way in, and within 1 MB chunks on the way out.
 */
@EvidenceTestSupport
class EvidenceMemoryTests {

	private static final int SIZE = 20 * 1024 * 1024 - 1;

	@Autowired
	EvidenceService evidence;

	@Autowired
	EvidenceFixtures fixtures;

	@TempDir
	Path dir;

	@Test
	void storesAndStreamsTwentyMegabytesWithoutHoldingThemInMemory() throws Exception {
		long agency = this.fixtures.agency("Sở Thử nghiệm bộ nhớ");
		CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI, agency);
		Path upload = this.dir.resolve("upload.pdf");
		byte[] block = new byte[64 * 1024];
		Random random = new Random(1);
		try (OutputStream out = Files.newOutputStream(upload)) {
			out.write("%PDF-1.7\n".getBytes());
			for (long written = 9; written < SIZE;) {
				random.nextBytes(block);
				int n = (int) Math.min(block.length, SIZE - written);
				out.write(block, 0, n);
				written += n;
			}
		}

		long before = allocated();
		EvidenceFileView stored = this.evidence.store(staff, agency, "TEST_OWNER", 1L, new FileUpload(upload));
		long storeAllocation = allocated() - before;

		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		before = allocated();
		try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
			this.evidence.writeContent(stored, out);
		}
		long downloadAllocation = allocated() - before;

		assertThat(stored.sizeBytes()).isEqualTo(SIZE);
		assertThat(HexFormat.of().formatHex(sha.digest())).isEqualTo(stored.sha256());
		// a copy of the file in the heap would allocate at least SIZE bytes
		assertThat(storeAllocation).as("bytes allocated while storing").isLessThan(SIZE / 2);
		System.out.printf("Evidence 20 MB: store allocated %,d bytes, download allocated %,d bytes%n", storeAllocation,
				downloadAllocation);
	}

	private static long allocated() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
	}

	/** An upload kept on disk, as the servlet container keeps large parts. */
	private record FileUpload(Path path) implements MultipartFile {

		@Override
		public String getName() {
			return "file";
		}

		@Override
		public String getOriginalFilename() {
			return "Báo cáo lớn.pdf";
		}

		@Override
		public String getContentType() {
			return "application/pdf";
		}

		@Override
		public boolean isEmpty() {
			return getSize() == 0;
		}

		@Override
		public long getSize() {
			try {
				return Files.size(this.path);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

		@Override
		public byte[] getBytes() {
			throw new UnsupportedOperationException("the service must stream, not read all bytes");
		}

		@Override
		public InputStream getInputStream() throws IOException {
			return Files.newInputStream(this.path);
		}

		@Override
		public void transferTo(File dest) {
			throw new UnsupportedOperationException();
		}

	}

}
