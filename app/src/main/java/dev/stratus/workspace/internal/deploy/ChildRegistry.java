package dev.stratus.workspace.internal.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processes deployments have running, in a small file under the data directory ({@code children.tsv}), so
 * that after a crash the next run can find them. A process is known by its pid and start instant together,
 * because the system hands a pid to someone else once its process is gone.
 */
final class ChildRegistry {

	/** One process a deployment started. @param phase {@code BUILDING} for a build, else its app's phase */
	record Child(String deploymentId, String projectId, String environment, DeploymentPhase phase, long pid,
			Instant startedAt) {

		String line() {
			return String.join("\t", deploymentId, clean(projectId), clean(environment), phase.name(),
					Long.toString(pid), startedAt.toString());
		}

		static Optional<Child> parse(String line) {
			String[] cells = line.split("\t", -1);
			try {
				return cells.length != 6 ? Optional.empty()
						: Optional.of(new Child(cells[0], cells[1], cells[2], DeploymentPhase.valueOf(cells[3]),
								Long.parseLong(cells[4]), Instant.parse(cells[5])));
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				return Optional.empty();
			}
		}

		private static String clean(String cell) {
			return cell.replaceAll("[\t\r\n]", " ");
		}

		/** Whether this process still runs as the one recorded, not as another that got its pid since. */
		Optional<ProcessHandle> stillRunning() {
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter(handle -> handle.info().startInstant().map(this::sameStart).orElse(false))
				.filter(handle -> handle.info().command().map(command -> command.endsWith("java")).orElse(false));
		}

		/** The system's start instant is rounded to its clock ticks; ours came from the same place. */
		private boolean sameStart(Instant instant) {
			return Math.abs(instant.toEpochMilli() - startedAt.toEpochMilli()) < 1000;
		}

	}

	private static final Logger log = LoggerFactory.getLogger(ChildRegistry.class);

	private final Path file;

	private final Map<Long, Child> children = new LinkedHashMap<>();

	ChildRegistry(Path file) {
		this.file = file;
	}

	synchronized void add(Child child) {
		children.put(child.pid(), child);
		write();
	}

	synchronized void remove(long pid) {
		if (children.remove(pid) != null) {
			write();
		}
	}

	/** What a previous run left in the file; the file is emptied, since those are no one's children any more. */
	synchronized List<Child> takeLeftovers() {
		List<Child> leftovers = new ArrayList<>();
		if (Files.isRegularFile(file)) {
			try {
				Files.readAllLines(file).stream().flatMap(line -> Child.parse(line).stream()).forEach(leftovers::add);
			}
			catch (IOException ex) {
				log.atWarn()
					.addKeyValue("file", file.toString())
					.log("Could not read the deployments' process registry; leftover apps may still run");
			}
		}
		children.clear();
		write();
		return leftovers;
	}

	private void write() {
		try {
			Files.createDirectories(file.getParent());
			Path next = file.resolveSibling(file.getFileName() + ".next");
			Files.write(next, children.values().stream().map(Child::line).toList());
			Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the deployments' process registry " + file, ex);
		}
	}

}
