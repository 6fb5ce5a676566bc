package vn.chiso.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * SQL for report jobs (table {@code report_job}, V81). Plain JDBC like the evidence store, for the same reason: the
 * finished file goes in with {@code setBinaryStream} from its temporary file and comes out in 1 MB {@code substring}
 * chunks, so no instance ever holds a whole workbook in the heap. Every time is the database's clock, so that instances
 * with slightly different clocks agree on how old a job is.
 */
@Repository
class ReportJobStore {

	static final int CHUNK = 1024 * 1024;

	private static final String COLUMNS = """
			id, owner_id, status, file_name, size_bytes, message_key, message_args,
			extract(epoch from coalesce(finished_at, now()) - created_at)::bigint as seconds,
			extract(epoch from now() - finished_at)::bigint as finished_seconds_ago
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate transactions;

	ReportJobStore(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.template = template;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** A job as stored, without its content. */
	record Row(UUID id, long ownerId, ReportJobs.Status status, String fileName, Long sizeBytes, String messageKey,
			String[] messageArgs, long seconds, Long finishedSecondsAgo) {
	}

	/** Why a job was not admitted, or null when it was. */
	enum Refusal {

		USER_LIMIT, TOTAL_LIMIT

	}

	/**
	 * Records the job unless its owner already has {@code perUser} jobs waiting or running, or all instances together
	 * have {@code total}. Decided under one PostgreSQL advisory lock held to the end of the transaction, so parallel
	 * requests, on one instance or several, are counted one after the other and never pass the limits together. Jobs
	 * running longer than {@code timeout} (their instance died) no longer count.
	 */
	Refusal admit(UUID id, long ownerId, ReportRequest request, String worker, int perUser, int total,
			Duration timeout) {
		return this.transactions.execute(status -> {
			withoutWaitingForTheDisk();
			this.jdbc.sql("select pg_advisory_xact_lock(hashtext('report_job admission'))").query().singleValue();
			record Counts(long own, long all) {
			}
			Counts counts = this.jdbc.sql("""
					select count(*) filter (where owner_id = :owner), count(*) from report_job
					where status = 'RUNNING' and created_at > now() - make_interval(secs => :seconds)""")
				.param("owner", ownerId)
				.param("seconds", timeout.toSeconds())
				.query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2)))
				.single();
			if (counts.own() >= perUser) {
				return Refusal.USER_LIMIT;
			}
			if (counts.all() >= total) {
				return Refusal.TOTAL_LIMIT;
			}
			insert(id, ownerId, request, worker);
			return null;
		});
	}

	void insert(UUID id, long ownerId, ReportRequest request, String worker) {
		this.jdbc.sql("""
				insert into report_job (id, owner_id, kind, params, worker)
				values (:id, :owner, :kind, cast(:params as jsonb), :worker)""")
			.param("id", id)
			.param("owner", ownerId)
			.param("kind", request.kind().name())
			.param("params", JsonMapper.shared().writeValueAsString(request))
			.param("worker", worker)
			.update();
	}

	Optional<Row> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from report_job where id = :id")
			.param("id", id)
			.query(ReportJobStore::map)
			.optional();
	}

	/**
	 * Stores the finished file and marks the job ready, unless it is no longer running (declared stuck meanwhile).
	 * @return whether the job was still running
	 */
	boolean complete(UUID id, String fileName, Path file) {
		return Boolean.TRUE.equals(this.transactions.execute(status -> {
			withoutWaitingForTheDisk();
			try (InputStream in = Files.newInputStream(file)) {
				long size = Files.size(file);
				return this.template.update(con -> {
					var ps = con.prepareStatement("""
							update report_job set status = 'READY', finished_at = now(), file_name = ?, size_bytes = ?,
							  content = ? where id = ? and status = 'RUNNING'""");
					ps.setString(1, fileName);
					ps.setLong(2, size);
					ps.setBinaryStream(3, in, size);
					ps.setObject(4, id);
					return ps;
				}) == 1;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}));
	}

	/**
	 * The transaction's commit returns without waiting for its WAL to reach the disk ({@code synchronous_commit =
	 * off}, this transaction only): a job's admission and its finished file are the two commits on the way of every
	 * report, each waiting for an fsync (several milliseconds when the disk is busy). What this gives up is small:
	 * should the database server crash in the fraction of a second before the WAL is written, the job is lost or shows
	 * as running until it is declared stuck, and the user asks for the report again. Nothing else is in these
	 * transactions, and a report can always be made again.
	 */
	private void withoutWaitingForTheDisk() {
		this.jdbc.sql("set local synchronous_commit = off").update();
	}

	void fail(UUID id, String messageKey, String[] messageArgs) {
		this.template.update(con -> {
			var ps = con.prepareStatement("""
					update report_job set status = 'FAILED', finished_at = now(), message_key = ?, message_args = ?
					where id = ? and status = 'RUNNING'""");
			ps.setString(1, messageKey);
			ps.setArray(2, con.createArrayOf("text", messageArgs));
			ps.setObject(3, id);
			return ps;
		});
	}

	/** Fails the jobs running longer than {@code timeout} (their instance died or hangs); returns how many. */
	int failStuck(Duration timeout, String messageKey) {
		return this.jdbc.sql("""
				update report_job set status = 'FAILED', finished_at = now(), message_key = :key
				where status = 'RUNNING' and created_at < now() - make_interval(secs => :seconds)""")
			.param("key", messageKey)
			.param("seconds", timeout.toSeconds())
			.update();
	}

	/** Fails the jobs this instance was still running (it shuts down). */
	int failRunningOf(String worker, String messageKey) {
		return this.jdbc.sql("""
				update report_job set status = 'FAILED', finished_at = now(), message_key = :key
				where status = 'RUNNING' and worker = :worker""")
			.param("key", messageKey)
			.param("worker", worker)
			.update();
	}

	/** Deletes finished (ready or failed) jobs older than {@code keep}, with their files; returns how many. */
	int deleteFinishedBefore(Duration keep) {
		return this.jdbc.sql("""
				delete from report_job
				where status <> 'RUNNING' and finished_at < now() - make_interval(secs => :seconds)""")
			.param("seconds", keep.toSeconds())
			.update();
	}

	boolean delete(UUID id) {
		return this.jdbc.sql("delete from report_job where id = :id").param("id", id).update() == 1;
	}

	/**
	 * Copies the content to {@code out} chunk by chunk.
	 * @return false when the job disappeared before the first chunk (nothing was written)
	 */
	boolean writeContent(UUID id, long size, OutputStream out) {
		for (long offset = 0; offset < size; offset += CHUNK) {
			Optional<byte[]> chunk = this.jdbc
				.sql("select substring(content from cast(:from as int) for cast(:len as int)) from report_job where id = :id")
				.param("from", offset + 1)
				.param("len", CHUNK)
				.param("id", id)
				.query((rs, row) -> rs.getBytes(1))
				.optional();
			if (chunk.isEmpty() || chunk.get() == null) {
				if (offset == 0) {
					return false;
				}
				throw new IllegalStateException("report job " + id + " deleted during its download");
			}
			try {
				out.write(chunk.get());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return true;
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		Array args = rs.getArray("message_args");
		return new Row(rs.getObject("id", UUID.class), rs.getLong("owner_id"),
				ReportJobs.Status.valueOf(rs.getString("status")), rs.getString("file_name"),
				(Long) rs.getObject("size_bytes"), rs.getString("message_key"),
				args == null ? new String[0] : (String[]) args.getArray(), rs.getLong("seconds"),
				(Long) rs.getObject("finished_seconds_ago"));
	}

}
