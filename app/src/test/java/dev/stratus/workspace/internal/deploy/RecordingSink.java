package dev.stratus.workspace.internal.deploy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;

/** A sink that keeps what it is told, and lets a test wait for a phase. */
final class RecordingSink implements DeploymentSink {

	final List<PhaseChange> phases = new CopyOnWriteArrayList<>();

	final List<LogLine> lines = new CopyOnWriteArrayList<>();

	private final Consumer<PhaseChange> onPhase;

	RecordingSink() {
		this(change -> {
		});
	}

	/** @param onPhase runs before the phase is recorded, on the target's thread */
	RecordingSink(Consumer<PhaseChange> onPhase) {
		this.onPhase = onPhase;
	}

	@Override
	public void phase(PhaseChange change) {
		onPhase.accept(change);
		phases.add(change);
	}

	@Override
	public void line(LogLine line) {
		lines.add(line);
	}

	List<DeploymentPhase> phaseNames() {
		return phases.stream().map(PhaseChange::phase).toList();
	}

	PhaseChange awaitPhase(DeploymentPhase phase, Duration timeout) {
		await().atMost(timeout)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> phases.stream().anyMatch(change -> change.phase() == phase || change.phase().isFinal()));
		return phases.stream()
			.filter(change -> change.phase() == phase)
			.findFirst()
			.orElseThrow(() -> new AssertionError("Expected " + phase + " but got " + phases + "; last lines:\n"
					+ String.join("\n", lines.stream().skip(Math.max(0, lines.size() - 40)).map(LogLine::text)
						.toList())));
	}

	String text() {
		return String.join("\n", lines.stream().map(LogLine::text).toList());
	}

}
