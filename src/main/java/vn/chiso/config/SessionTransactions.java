package vn.chiso.config;

import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions of Spring Session's JDBC repository (the bean {@code springSessionTransactionOperations}, which
 * Spring Session takes instead of making its own). Writes run as Spring Session runs them, each in a new transaction.
 * Reading a session, which every signed-in request does first, is one SELECT of the session with its attributes (one
 * statement, so one snapshot): it runs without a transaction of its own, which saves the request a commit round trip
 * and the set-up of a transaction.
 * <p>
 * {@link #reading} marks the next call only, so a session found expired and deleted inside the same read is deleted in
 * a transaction as before.
 */
public final class SessionTransactions implements TransactionOperations {

	private final TransactionTemplate writes;

	private final ThreadLocal<Boolean> nextIsRead = new ThreadLocal<>();

	public SessionTransactions(PlatformTransactionManager transactions) {
		this.writes = new TransactionTemplate(transactions);
		this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Runs {@code read} (a lookup of Spring Session's repository) with its next call here outside a transaction. */
	public <T> T reading(Supplier<T> read) {
		this.nextIsRead.set(Boolean.TRUE);
		try {
			return read.get();
		}
		finally {
			this.nextIsRead.remove();
		}
	}

	@Override
	public <T> T execute(TransactionCallback<T> action) throws TransactionException {
		if (this.nextIsRead.get() != null) {
			this.nextIsRead.remove();
			return action.doInTransaction(new SimpleTransactionStatus(false));
		}
		return this.writes.execute(action);
	}

}
