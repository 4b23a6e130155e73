package dev.stratus.platform.jobs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.stratus.platform.Page;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.errors.Unavailable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What admins do with the work a job gave up on: look, send it through again, or drop it. Every
 * job the modules declare is here by its name, so a new job's dead letters need no code of its own.
 */
@Service
public class DeadLetters {

	private static final int REDRIVE_PAGE = 100;

	private final Map<String, JobPipeline<?>> jobs = new TreeMap<>();

	DeadLetters(List<JobPipeline<?>> pipelines) {
		pipelines.forEach(pipeline -> jobs.put(pipeline.job().name(), pipeline));
	}

	/** @throws InvalidInput on {@code job} or {@code nextToken} */
	public Page<DeadLetter> list(String job, int limit, @Nullable String nextToken) {
		return pipeline(job).deadLetters(limit, nextToken);
	}

	/**
	 * Sends the work through the job again, with its attempts counted afresh.
	 * @throws NotFound; {@link Conflict} for a message that named no work item; {@link Unavailable}
	 * when the queue refused it
	 */
	public void redrive(String job, String id) {
		JobPipeline<?> pipeline = pipeline(job);
		redrive(pipeline, pipeline.deadLetter(id).orElseThrow(() -> new NotFound("Dead letter")));
	}

	/** @return how many dead letters went back into the job; those that name no work item stay */
	public int redriveAll(String job) {
		JobPipeline<?> pipeline = pipeline(job);
		int redriven = 0;
		String nextToken = null;
		do {
			Page<DeadLetter> page = pipeline.deadLetters(REDRIVE_PAGE, nextToken);
			for (DeadLetter letter : page.items()) {
				if (namesWork(pipeline, letter)) {
					redrive(pipeline, letter);
					redriven++;
				}
			}
			nextToken = page.nextToken();
		}
		while (nextToken != null);
		return redriven;
	}

	/** Drops the dead letter; the work item stays as it is. @throws NotFound */
	public void discard(String job, String id) {
		if (!pipeline(job).discard(id)) {
			throw new NotFound("Dead letter");
		}
	}

	/** What the job's messages name, say "order". @throws InvalidInput on {@code job} */
	public Subject<?> subject(String job) {
		return pipeline(job).job().spec().subject();
	}

	private JobPipeline<?> pipeline(String job) {
		JobPipeline<?> pipeline = jobs.get(job);
		if (pipeline == null) {
			throw new InvalidInput("job", "is not a job; one of " + String.join(", ", jobs.keySet()));
		}
		return pipeline;
	}

	private static boolean namesWork(JobPipeline<?> pipeline, DeadLetter letter) {
		return pipeline.job().spec().subject().parse().apply(letter.subjectId()).isPresent();
	}

	private static void redrive(JobPipeline<?> pipeline, DeadLetter letter) {
		Subject<?> subject = pipeline.job().spec().subject();
		Redrive outcome = pipeline.redrive(letter);
		if (outcome == Redrive.NAMES_NOTHING) {
			throw new Conflict("This dead letter names no " + subject.noun() + "; discard it instead");
		}
		if (outcome == Redrive.REFUSED) {
			throw new Unavailable("The " + subject.noun() + " queue refused the message; try again");
		}
	}

}
