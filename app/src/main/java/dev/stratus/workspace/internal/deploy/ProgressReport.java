package dev.stratus.workspace.internal.deploy;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports one deployment's progress to its sink, one call at a time: phases, and output lines numbered, time
 * stamped, cleaned ({@link LogRedaction}), cut to {@link #MAX_LINE_LENGTH} characters and bounded in number (the
 * build and the app together; one notice says when lines start being dropped). The last lines are kept whatever
 * the bound, to explain a failure.
 */
final class ProgressReport {

	static final int MAX_LINE_LENGTH = 2000;

	private static final int TAIL_LINES = 25;

	private static final Logger log = LoggerFactory.getLogger(ProgressReport.class);

	private final String deploymentId;

	private final DeploymentSink sink;

	private final Clock clock;

	private final long maxLines;

	private final String sandboxPrefix;

	private final Deque<String> tail = new ArrayDeque<>();

	private long seq;

	private boolean ended;

	/**
	 * @param sandbox the deployment's directory, cut from the lines so that they show paths inside the project
	 */
	ProgressReport(String deploymentId, DeploymentSink sink, Clock clock, long maxLines, String sandbox) {
		this.deploymentId = deploymentId;
		this.sink = sink;
		this.clock = clock;
		this.maxLines = maxLines;
		this.sandboxPrefix = sandbox.endsWith("/") ? sandbox : sandbox + "/";
	}

	/** Takes one line of output; lines after the deployment's last phase are dropped. */
	synchronized void line(String raw) {
		if (ended) {
			return;
		}
		String text = LogRedaction.clean(raw.replace(sandboxPrefix, ""));
		if (text.length() > MAX_LINE_LENGTH) {
			text = text.substring(0, MAX_LINE_LENGTH) + "… (cut)";
		}
		tail.addLast(text);
		if (tail.size() > TAIL_LINES) {
			tail.removeFirst();
		}
		if (seq < maxLines) {
			send(text);
		}
		else if (seq == maxLines) {
			send("… more output dropped: a deployment keeps at most " + maxLines + " lines");
		}
	}

	private void send(String text) {
		seq++;
		LogLine line = new LogLine(deploymentId, seq, clock.instant(), text);
		deliver(() -> sink.line(line));
	}

	synchronized void phase(DeploymentPhase phase, @Nullable URI url, @Nullable String reason) {
		PhaseChange change = new PhaseChange(deploymentId, phase, clock.instant(), url, reason);
		ended = phase.isFinal();
		deliver(() -> sink.phase(change));
	}

	/** The last lines seen, oldest first, kept even once the bound drops them from the report. */
	synchronized List<String> tail() {
		return List.copyOf(tail);
	}

	private void deliver(Runnable call) {
		try {
			call.run();
		}
		catch (RuntimeException ex) {
			log.atWarn()
				.addKeyValue("deploymentId", deploymentId)
				.addKeyValue("error", ex.getClass().getName())
				.log("A deployment sink failed; its report misses one entry");
		}
	}

}
