package dev.stratus.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.stratus.platform.WriteBehind;
import dev.stratus.platform.security.Admission;
import dev.stratus.platform.security.KeyHolder;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * API keys' usage plans. The rate per minute is a token bucket per key in this instance's memory.
 * The daily quota (UTC day) is counted in memory and {@link #flush}ed to the key's day counter in
 * DynamoDB every second with an atomic {@code ADD}, which answers with the total of
 * every instance; a request is refused once that total plus what this instance has not written yet
 * reaches the quota. No request waits for a write, so with several instances a key can overrun its
 * quota by what they let through within one flush interval, and the per-minute rate is per instance.
 * On Lambda the counts are also written before each invocation answers ({@link WriteBehind}).
 */
@Component
public class ApiKeyUsage implements WriteBehind {

	private static final Logger log = LoggerFactory.getLogger(ApiKeyUsage.class);

	private final ApiKeyStore store;

	private final Clock clock;

	private final Cache<String, Bucket> rates;

	private final Map<Day, Counter> counters = new ConcurrentHashMap<>();

	ApiKeyUsage(ApiKeyStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
		this.rates = Caffeine.newBuilder()
			.expireAfterAccess(Duration.ofMinutes(10))
			.maximumSize(100_000)
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.build();
	}

	public Admission admit(KeyHolder holder) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		long midnight = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
		long quota = holder.plan().perDay();
		Counter counter = counter(holder.prefix(), today);
		if (!counter.reserve(quota)) {
			return Admission.refused("Daily quota of " + quota + " requests used up", quota, midnight,
					midnight - now.getEpochSecond());
		}
		int perMinute = holder.plan().perMinute();
		ConsumptionProbe probe = rate(holder.prefix(), perMinute).tryConsumeAndReturnRemaining(1);
		long minuteReset = now.getEpochSecond()
				+ Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForReset()));
		if (!probe.isConsumed()) {
			counter.release();
			return Admission.refused("Rate limit of " + perMinute + " requests per minute reached", perMinute,
					minuteReset, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
		}
		counter.used(now);
		long quotaLeft = Math.max(0, quota - counter.total());
		return probe.getRemainingTokens() <= quotaLeft ? Admission.allowed(perMinute, probe.getRemainingTokens(),
				minuteReset) : Admission.allowed(quota, quotaLeft, midnight);
	}

	/**
	 * What this instance counted for the key today and has not begun to write, and when it last let
	 * it in. Read it after a {@link #flush}, then the stored count: nothing is counted twice.
	 */
	public Unwritten unwritten(String prefix) {
		Counter counter = counters.get(new Day(prefix, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
		return counter == null ? new Unwritten(0, null) : counter.unwritten();
	}

	/**
	 * Writes what each key used since the last flush, and learns every instance's totals in return;
	 * waits for a flush already under way.
	 */
	@Scheduled(fixedDelay = 1000)
	public void flush() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		counters.forEach((day, counter) -> {
			counter.flush(day);
			if (day.day().isBefore(today) && counter.isIdle()) {
				counters.remove(day, counter);
			}
		});
	}

	@Override
	public void writeNow() {
		flush();
	}

	private Counter counter(String prefix, LocalDate today) {
		Day day = new Day(prefix, today);
		Counter counter = counters.get(day);
		if (counter == null) {
			// Once per key and day on this instance: what other instances (or this one before a restart) counted.
			long counted = store.usage(List.of(prefix), today).getOrDefault(prefix, 0L);
			counter = counters.computeIfAbsent(day, first -> new Counter(counted));
		}
		return counter;
	}

	private Bucket rate(String prefix, int perMinute) {
		return rates.get(prefix + "/" + perMinute, key -> Bucket.builder()
			.withCustomTimePrecision(new ClockTime(clock))
			.addLimit(Bandwidth.builder()
				.capacity(perMinute)
				.refillIntervally(perMinute, Duration.ofMinutes(1))
				.build())
			.build());
	}

	record Day(String prefix, LocalDate day) {
	}

	/** @param lastUsedAt null when this instance has not let the key in today */
	public record Unwritten(long requests, @Nullable Instant lastUsedAt) {
	}

	/**
	 * One key's requests on one day: {@code written} is the total across instances as of the last
	 * flush, {@code pending} what this instance let in since, {@code inFlight} what a flush is
	 * writing now. Counted before it is written, never after, so a flush can over-count for an
	 * instant but never under-count.
	 */
	private final class Counter {

		private volatile long written;

		private final AtomicLong pending = new AtomicLong();

		private final AtomicLong inFlight = new AtomicLong();

		private volatile long lastUsedMillis;

		private long flushedUseMillis;

		Counter(long written) {
			this.written = written;
		}

		long total() {
			return written + inFlight.get() + pending.get();
		}

		boolean reserve(long quota) {
			while (true) {
				long before = pending.get();
				if (written + inFlight.get() + before >= quota) {
					return false;
				}
				if (pending.compareAndSet(before, before + 1)) {
					return true;
				}
			}
		}

		void release() {
			pending.decrementAndGet();
		}

		void used(Instant at) {
			lastUsedMillis = Math.max(lastUsedMillis, at.toEpochMilli());
		}

		boolean isIdle() {
			return pending.get() == 0 && inFlight.get() == 0;
		}

		Unwritten unwritten() {
			long millis = lastUsedMillis;
			return new Unwritten(pending.get(), millis == 0 ? null : Instant.ofEpochMilli(millis));
		}

		synchronized void flush(Day day) {
			long requests = pending.get();
			long usedAt = lastUsedMillis;
			if (requests == 0 && usedAt == flushedUseMillis) {
				return;
			}
			inFlight.addAndGet(requests);
			pending.addAndGet(-requests);
			try {
				written = store.addUsage(day.prefix(), day.day(), requests, Instant.ofEpochMilli(usedAt));
				flushedUseMillis = usedAt;
			}
			catch (RuntimeException ex) {
				pending.addAndGet(requests);
				log.atWarn()
					.addKeyValue("apiKeyPrefix", day.prefix())
					.log("API key usage not written, kept for the next flush: {}", ex.getMessage());
			}
			finally {
				inFlight.addAndGet(-requests);
			}
		}

	}

	/** Bucket4j on the app's clock, so a test that moves the clock moves the buckets too. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return TimeUnit.MILLISECONDS.toNanos(clock.millis());
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
