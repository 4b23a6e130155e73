package dev.stratus.customers;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import dev.stratus.customers.internal.CustomerTable;
import dev.stratus.customers.internal.Registrations;
import dev.stratus.platform.Page;
import dev.stratus.platform.dynamo.IdempotencyClaims;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.security.Caller;
import dev.stratus.platform.web.Timestamps;
import dev.stratus.platform.workflow.Execution;
import dev.stratus.platform.workflow.ExecutionStatus;
import dev.stratus.platform.workflow.ExecutionSummary;
import dev.stratus.platform.workflow.StartResult;
import dev.stratus.platform.workflow.Workflow;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Registering, reading, listing and deleting customer ids. A registration only starts the
 * {@code customer-registration} workflow, which decides it (validate, then a conditional insert, or
 * the rejection stored with its reason); its execution is readable as soon as {@link #register}
 * returns, and no accepted registration is lost (the engine's outbox).
 */
@Service
public class Customers {

	private static final Logger log = LoggerFactory.getLogger(Customers.class);

	private final Workflow workflow;

	private final CustomerTable table;

	private final Clock clock;

	Customers(Registrations registrations, CustomerTable table, Clock clock) {
		this.workflow = registrations.workflow();
		this.table = table;
		this.clock = clock;
	}

	/**
	 * Starts the registration of {@code draft}.
	 *
	 * @param caller who asks: the signed-in user, or the key and the admin who owns it
	 * @param idempotencyKey when given, a retry with the same key and the same draft returns the first
	 * registration's execution ({@code replayed}); with another draft it is a {@link Conflict}
	 * @throws Conflict
	 */
	public Registration register(CustomerDraft draft, Caller caller, @Nullable String idempotencyKey) {
		ObjectNode input = input(draft, caller, clock.instant());
		IdempotencyClaims keys = table.idempotencyClaims();
		IdempotencyClaims.Claim claim = idempotencyKey == null ? null
				: IdempotencyClaims.Claim.of(idempotencyOwner(caller), idempotencyKey,
						input.get("customer").toString());
		String executionId = workflow.newExecutionId();
		LabelledWrites writes = new LabelledWrites();
		if (claim != null) {
			var used = keys.find(claim);
			if (used.isPresent()) {
				return replay(used.get(), claim);
			}
			// The claim names its execution in the same transaction: a retry always finds the answer.
			writes.add(IdempotencyClaims.LABEL, keys.claim(claim, executionId, clock.instant()));
		}
		StartResult start = workflow.start(executionId, input, writes);
		if (start instanceof StartResult.Refused refused) {
			// The claim is the only write of ours that can refuse: a concurrent retry won it.
			IdempotencyClaims.Claim first = Objects.requireNonNull(claim);
			return replay(keys.refusedBy(refused.item(), first)
				.orElseThrow(() -> new Conflict("This Idempotency-Key is being used; try again")), first);
		}
		log.atInfo()
			.addKeyValue("executionId", executionId)
			.addKeyValue("customerId", draft.id())
			.addKeyValue("userId", caller.userId())
			.addKeyValue("apiKeyId", caller.apiKeyId())
			.log("Customer registration started");
		return new Registration(executionId, false);
	}

	/** The first request with this key started an execution: answer with it. */
	private Registration replay(IdempotencyClaims.Used used, IdempotencyClaims.Claim claim) {
		used.replaying(claim, "registration");
		String first = used.resultId();
		log.atInfo().addKeyValue("executionId", first).log("Idempotent retry answered with the first registration");
		return new Registration(first, true);
	}

	/** @throws NotFound */
	public Customer find(String id) {
		return table.find(id).orElseThrow(() -> new NotFound("Customer"));
	}

	/**
	 * Customers whose id starts with {@code prefix} (all when empty), in id order.
	 *
	 * @throws dev.stratus.platform.errors.InvalidInput on {@code nextToken} when this list did not issue it
	 */
	public Page<Customer> list(String prefix, int limit, @Nullable String nextToken) {
		return table.list(prefix, limit, nextToken);
	}

	/** @throws NotFound */
	public void delete(String id) {
		if (!table.delete(id)) {
			throw new NotFound("Customer");
		}
		log.atInfo().addKeyValue("customerId", id).log("Customer deleted");
	}

	/** A registration's execution with its steps. @throws NotFound */
	public Execution execution(String executionId) {
		return workflow.find(executionId).orElseThrow(() -> new NotFound("Execution"));
	}

	/** Registrations' executions, newest first, optionally of one status. */
	public Page<ExecutionSummary> executions(@Nullable ExecutionStatus status, int limit, @Nullable String nextToken) {
		return workflow.list(status, limit, nextToken);
	}

	/** The workflow's Amazon States Language document, as the repository keeps it. */
	public JsonNode workflowDocument() {
		return workflow.document();
	}

	/**
	 * {@code {"customer": {...}, "requestedBy": {"userId", "apiKeyId"?}, "requestedAt"}}: everything the
	 * item records comes in with the execution, so a step run again writes the same item.
	 */
	private static ObjectNode input(CustomerDraft draft, Caller caller, Instant now) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		ObjectNode input = nodes.objectNode();
		ObjectNode customer = input.putObject("customer").put("id", draft.id());
		if (draft.name() != null) {
			customer.put("name", draft.name());
		}
		if (draft.email() != null) {
			customer.put("email", draft.email());
		}
		if (!draft.attributes().isEmpty()) {
			ObjectNode attributes = customer.putObject("attributes");
			draft.attributes().forEach(attributes::put);
		}
		ObjectNode requestedBy = input.putObject("requestedBy").put("userId", caller.userId());
		if (caller.apiKeyId() != null) {
			requestedBy.put("apiKeyId", caller.apiKeyId());
		}
		input.put("requestedAt", Timestamps.format(now));
		return input;
	}

	/** Whose {@code Idempotency-Key}s these are: a key's own, apart from its owner's. */
	private static String idempotencyOwner(Caller caller) {
		return caller.apiKeyId() == null ? "USER#" + caller.userId() : "KEY#" + caller.apiKeyId();
	}

}
