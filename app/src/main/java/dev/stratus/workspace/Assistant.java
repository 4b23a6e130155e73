package dev.stratus.workspace;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.stratus.platform.Page;
import dev.stratus.platform.dynamo.IdempotencyClaims;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.Forbidden;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.workspace.internal.ActivityLog;
import dev.stratus.workspace.internal.assistant.AssistantModel;
import dev.stratus.workspace.internal.assistant.AssistantTable;
import dev.stratus.workspace.internal.assistant.Grounding;
import dev.stratus.workspace.internal.assistant.Grounding.GenerationRequest;
import dev.stratus.workspace.internal.assistant.Groundings;
import dev.stratus.workspace.internal.assistant.Intents;
import dev.stratus.workspace.internal.assistant.Reply;
import dev.stratus.workspace.internal.assistant.Turn;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A project's assistant: one chat per project, which every member reads and asks in. Answers come from an
 * {@link AssistantModel} given the project's own data ({@link Grounding}); a question asking for code to be
 * generated requests a generation first, with the checks of {@link Generations#start} (so a viewer's request is
 * refused and the answer says why). Each question is stored with its answer and one {@code assistant_message}
 * activity entry in one transaction.
 */
@Service
public class Assistant {

	/** The activity type of a question and its answer. */
	public static final String ACTIVITY_TYPE = "assistant_message";

	/** How many earlier messages a model is given. */
	static final int HISTORY = 10;

	/** The longest answer stored; a longer one is cut, and says so. */
	static final int MAX_ANSWER = 16_000;

	private static final int SUMMARY_QUESTION = 100;

	private static final Logger log = LoggerFactory.getLogger(Assistant.class);

	private final AssistantTable table;

	private final AssistantModel model;

	private final Groundings groundings;

	private final Generations generations;

	private final ProjectAccess access;

	private final ActivityLog activities;

	private final Clock clock;

	Assistant(AssistantTable table, AssistantModel model, Groundings groundings, Generations generations,
			ProjectAccess access, ActivityLog activities, Clock clock) {
		this.table = table;
		this.model = model;
		this.groundings = groundings;
		this.generations = generations;
		this.access = access;
		this.activities = activities;
		this.clock = clock;
	}

	/**
	 * Answers {@code question} and stores both in the project's chat.
	 * @param idempotencyKey when given, a retry with the same key and question in the same project answers with
	 * the first answer ({@code replayed}): nothing is asked or stored again, and no second generation is requested
	 * (also when the first attempt requested one and then failed to answer); with another question it is a
	 * {@link Conflict}
	 * @throws NotFound for a project the asker is not in
	 * @throws dev.stratus.platform.errors.Unavailable when the model cannot answer now (nothing is stored)
	 */
	public AnsweredQuestion ask(String projectId, Person asker, String question, @Nullable String idempotencyKey) {
		Instant asked = now();
		Project project = access.project(projectId, asker.userId(), ProjectRole.VIEWER);
		IdempotencyClaims keys = table.idempotencyClaims();
		IdempotencyClaims.Claim claim = idempotencyKey == null ? null
				: IdempotencyClaims.Claim.of("USER#" + asker.userId() + "#assistant", idempotencyKey,
						projectId + "\n" + question);
		if (claim != null) {
			Optional<IdempotencyClaims.Used> used = keys.find(claim);
			if (used.isPresent()) {
				return replay(projectId, used.get(), claim);
			}
		}
		GenerationRequest request = Intents.asksToGenerate(question)
				? requestGeneration(projectId, asker, idempotencyKey) : null;
		Grounding grounding = groundings.read(project, request);
		List<Turn> history = table.latest(projectId, HISTORY).stream().map(Turn::of).toList();
		Reply reply = model.answer(grounding, history, question);
		// The answer sorts after its question even when both fall in one millisecond.
		Instant answered = latest(now(), asked.plusMillis(1));
		AssistantMessage questionMessage = new AssistantMessage(UUID.randomUUID().toString(),
				AssistantMessage.Role.USER, question, asked, null, asker.userId());
		AssistantMessage answer = new AssistantMessage(UUID.randomUUID().toString(), AssistantMessage.Role.ASSISTANT,
				capped(reply.content()), answered, reply.model(), asker.userId());
		Optional<LabelledWrites.Cancellation> refused = table.save(projectId, questionMessage, answer,
				activities.entry(ActivityLog.of(ACTIVITY_TYPE, projectId, asker.userId(), summary(question), answered)),
				claim == null ? null : keys.claim(claim, AssistantTable.key(answer), answered));
		if (refused.isPresent()) {
			Optional<IdempotencyClaims.Used> won = claim == null ? Optional.empty()
					: keys.usedAfter(refused.get(), claim);
			if (won.isPresent()) {
				return replay(projectId, won.get(), claim);
			}
			throw access.changedMeanwhile(projectId, asker.userId(), ProjectRole.VIEWER);
		}
		log.atInfo()
			.addKeyValue("projectId", projectId)
			.addKeyValue("userId", asker.userId())
			.addKeyValue("model", reply.model())
			.addKeyValue("generationRequested", request != null)
			.addKeyValue("generationStarted", request != null && request.started() != null)
			.log("Assistant answered");
		return new AnsweredQuestion(answer, false);
	}

	/** The first request with this key was answered: answer with that again. */
	private AnsweredQuestion replay(String projectId, IdempotencyClaims.Used used, IdempotencyClaims.Claim claim) {
		used.replaying(claim, "question");
		log.atInfo().addKeyValue("projectId", projectId).log("Idempotent retry answered with the first answer");
		return new AnsweredQuestion(table.find(projectId, used.resultId())
			.orElseThrow(() -> new NotFound("Assistant message")), true);
	}

	/**
	 * Requests a generation as {@code POST .../generations} would, keeping a refusal's reason for the answer; with
	 * the question's key, so a retried question requests none again.
	 */
	private GenerationRequest requestGeneration(String projectId, Person asker, @Nullable String idempotencyKey) {
		try {
			return GenerationRequest.started(generations
				.start(projectId, asker, idempotencyKey == null ? null : "assistant:" + idempotencyKey)
				.generation());
		}
		catch (Forbidden | Conflict refused) {
			return GenerationRequest.refused(refused.getMessage());
		}
	}

	/**
	 * The project's chat, oldest first.
	 * @throws NotFound for a project the user is not in
	 * @throws dev.stratus.platform.errors.InvalidInput on {@code nextToken} when this list did not issue it
	 */
	public Page<AssistantMessage> history(String projectId, String userId, int limit, @Nullable String nextToken) {
		access.require(projectId, userId, ProjectRole.VIEWER);
		return table.history(projectId, limit, nextToken);
	}

	private static String summary(String question) {
		String oneLine = question.replaceAll("\\s+", " ");
		return "Asked the assistant: " + (oneLine.length() <= SUMMARY_QUESTION ? oneLine
				: oneLine.substring(0, SUMMARY_QUESTION - 1) + "…");
	}

	private static String capped(String answer) {
		return answer.length() <= MAX_ANSWER ? answer
				: answer.substring(0, MAX_ANSWER) + "\n\n(The answer was cut here: it was too long to keep.)";
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static Instant latest(Instant one, Instant other) {
		return one.isAfter(other) ? one : other;
	}

}
