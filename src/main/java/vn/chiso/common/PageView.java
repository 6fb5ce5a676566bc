package vn.chiso.common;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriUtils;

/**
 * One page of a list that can grow (tasks, audit events, progress entries, users, agencies), for the shared pager
 * fragment ({@code fragments/paging :: pager(${page})}). Its links are the current URL with only {@code page}
 * changed, so the search and every filter stay as they are.
 *
 * @param items the rows of this page
 * @param page the page number, from 1
 * @param size the rows per page
 * @param total the rows of all pages
 * @param path the list's path (with the context path)
 * @param parameters the request's query parameters (search, filters, size), kept by every link
 */
public record PageView<T>(List<T> items, int page, int size, long total, String path,
		Map<String, String[]> parameters) {

	/** Rows per page unless the URL asks for another size. */
	public static final int DEFAULT_SIZE = 50;

	/** The most rows one page shows, whatever the URL asks. */
	public static final int MAX_SIZE = 200;

	/** Which page a request asks for: page from 1, size between 1 and {@link #MAX_SIZE}. */
	public record Paging(int page, int size) {

		public static Paging of(Integer page, Integer size) {
			int s = size == null ? DEFAULT_SIZE : Math.max(1, Math.min(MAX_SIZE, size));
			int p = page == null ? 1 : Math.max(1, Math.min(page, 1_000_000));
			return new Paging(p, s);
		}

		public long offset() {
			return (long) (this.page - 1) * this.size;
		}

		/** This page of a list held in memory (short lists filtered in Java). */
		public <T> List<T> slice(List<T> all) {
			int from = (int) Math.min(offset(), all.size());
			return all.subList(from, Math.min(all.size(), from + this.size));
		}

	}

	/** One page's rows and the count of all rows, as a query returns them. */
	public record Rows<T>(List<T> items, long total) {
	}

	public static <T> PageView<T> of(Rows<T> rows, Paging paging, HttpServletRequest request) {
		return of(rows.items(), rows.total(), paging, request);
	}

	public static <T> PageView<T> of(List<T> items, long total, Paging paging, HttpServletRequest request) {
		return new PageView<>(items, paging.page(), paging.size(), total, request.getRequestURI(),
				Map.copyOf(request.getParameterMap()));
	}

	/** A list held in memory, cut to the requested page. */
	public static <T> PageView<T> slice(List<T> all, Paging paging, HttpServletRequest request) {
		return of(paging.slice(all), all.size(), paging, request);
	}

	public int totalPages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < totalPages();
	}

	/** Number of the first row shown (1-based), 0 when the page is empty. */
	public long first() {
		return this.items.isEmpty() ? 0 : (long) (this.page - 1) * this.size + 1;
	}

	public long last() {
		return this.items.isEmpty() ? 0 : first() + this.items.size() - 1;
	}

	/** Page numbers to offer around the current one (at most seven). */
	public List<Integer> window() {
		int from = Math.max(1, Math.min(this.page - 3, totalPages() - 6));
		int to = Math.min(totalPages(), from + 6);
		return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
	}

	/** The current URL with page {@code n}: search, filters and size kept. */
	public String url(int n) {
		StringBuilder url = new StringBuilder(this.path).append('?');
		new java.util.TreeMap<>(this.parameters).forEach((name, values) -> {
			if (!"page".equals(name) && !"_csrf".equals(name)) {
				for (String value : values) {
					url.append(UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8))
						.append('=')
						.append(UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8).replace("+", "%2B"))
						.append('&');
				}
			}
		});
		return url.append("page=").append(n).toString();
	}

}
