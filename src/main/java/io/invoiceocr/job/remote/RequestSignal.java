package io.invoiceocr.job.remote;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a worker's idle threads wait for a new partition request: PostgreSQL's notification of a
 * request wakes them at once, and without one they look again after {@code idle-poll}, so that a
 * lost notification delays a partition and never strands it.
 */
final class RequestSignal {

	private final Object lock = new Object();

	private final AtomicInteger notifications = new AtomicInteger();

	private boolean arrived;

	/** A request arrived: idle threads look at once. */
	void arrived() {
		notifications.incrementAndGet();
		synchronized (lock) {
			arrived = true;
			lock.notifyAll();
		}
	}

	/** Wakes every waiting thread, e.g. to see that the worker is stopping. */
	void wakeAll() {
		synchronized (lock) {
			lock.notifyAll();
		}
	}

	/** Waits for a request to arrive, {@code most} at most. */
	void await(Duration most) throws InterruptedException {
		synchronized (lock) {
			if (!arrived) {
				lock.wait(most.toMillis());
			}
			arrived = false;
		}
	}

	int notifications() {
		return notifications.get();
	}

}
