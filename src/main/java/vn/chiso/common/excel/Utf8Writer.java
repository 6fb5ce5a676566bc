package vn.chiso.common.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A writer that encodes UTF-8 straight into its own byte buffer, for one thread: what a streaming workbook writes its
 * rows' XML through to its temporary file. It replaces {@code BufferedWriter} over {@code OutputStreamWriter}, which
 * takes a lock on every call (a workbook makes several per cell) and copies every character twice before encoding;
 * the bytes are the same ({@code String.getBytes(UTF_8)}: a lone surrogate becomes {@code ?}). Not thread-safe.
 */
final class Utf8Writer extends Writer {

	private final OutputStream out;

	private final byte[] buffer;

	private int count;

	/** A high surrogate written last, waiting for its low half (a call may end between the two). */
	private char pendingHigh;

	private boolean closed;

	Utf8Writer(OutputStream out, int bufferSize) {
		this.out = out;
		this.buffer = new byte[Math.max(16, bufferSize)];
	}

	@Override
	public void write(int c) throws IOException {
		put((char) c);
	}

	@Override
	public void write(char[] chars, int offset, int length) throws IOException {
		for (int i = offset, end = offset + length; i < end; i++) {
			put(chars[i]);
		}
	}

	@Override
	public void write(String text, int offset, int length) throws IOException {
		for (int i = offset, end = offset + length; i < end; i++) {
			put(text.charAt(i));
		}
	}

	private void put(char c) throws IOException {
		if (this.count > this.buffer.length - 4) {
			drain();
		}
		byte[] b = this.buffer;
		if (this.pendingHigh != 0) {
			char high = this.pendingHigh;
			this.pendingHigh = 0;
			if (Character.isLowSurrogate(c)) {
				int cp = Character.toCodePoint(high, c);
				b[this.count++] = (byte) (0xF0 | (cp >> 18));
				b[this.count++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
				b[this.count++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
				b[this.count++] = (byte) (0x80 | (cp & 0x3F));
				return;
			}
			b[this.count++] = '?';
			if (this.count > this.buffer.length - 4) {
				drain();
			}
		}
		if (c < 0x80) {
			b[this.count++] = (byte) c;
		}
		else if (c < 0x800) {
			b[this.count++] = (byte) (0xC0 | (c >> 6));
			b[this.count++] = (byte) (0x80 | (c & 0x3F));
		}
		else if (Character.isHighSurrogate(c)) {
			this.pendingHigh = c;
		}
		else if (Character.isLowSurrogate(c)) {
			b[this.count++] = '?';
		}
		else {
			b[this.count++] = (byte) (0xE0 | (c >> 12));
			b[this.count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
			b[this.count++] = (byte) (0x80 | (c & 0x3F));
		}
	}

	private void drain() throws IOException {
		if (this.count > 0) {
			this.out.write(this.buffer, 0, this.count);
			this.count = 0;
		}
	}

	/** Writes what is buffered; a high surrogate still waiting for its low half stays buffered. */
	@Override
	public void flush() throws IOException {
		drain();
		this.out.flush();
	}

	@Override
	public void close() throws IOException {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			if (this.pendingHigh != 0) {
				this.pendingHigh = 0;
				this.buffer[this.count++] = '?';
			}
			drain();
		}
		finally {
			this.out.close();
		}
	}

}
