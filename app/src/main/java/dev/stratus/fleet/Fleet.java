package dev.stratus.fleet;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.stratus.fleet.internal.AuditTable;
import dev.stratus.fleet.internal.Ec2Fleet;
import dev.stratus.platform.Page;
import dev.stratus.platform.dynamo.IdempotencyClaims;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.DomainException;
import dev.stratus.platform.errors.Forbidden;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.errors.Unavailable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * The EC2 fleet: instances across the configured regions, their metrics, and admin actions. Every action
 * request that reaches {@link #act} leaves exactly one audit entry: refused ones (not an admin, unknown
 * instance, a state that does not allow it) as {@code REJECTED}; the others are written {@code PENDING}
 * before EC2 is asked, then completed as {@code ACCEPTED} or {@code FAILED}, so no action reaches EC2
 * without its entry.
 */
@Service
public class Fleet {

	private static final Logger log = LoggerFactory.getLogger(Fleet.class);

	private final Ec2Fleet ec2;

	private final AuditTable audit;

	private final Clock clock;

	Fleet(Ec2Fleet ec2, AuditTable audit, Clock clock) {
		this.ec2 = ec2;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws dev.stratus.platform.errors.InvalidInput on {@code nextToken} when this list did not issue it, on
	 * {@code region} when it is not one of the fleet's
	 * @throws Unavailable when EC2 does not answer
	 */
	public Page<Instance> list(InstanceFilter filter, int limit, @Nullable String nextToken) {
		return ec2.list(filter, limit, nextToken);
	}

	/** @throws NotFound @throws Unavailable */
	public Instance find(String instanceId) {
		return ec2.find(instanceId).orElseThrow(() -> new NotFound("Instance"));
	}

	/**
	 * @param stat {@code Average}, {@code Maximum} or {@code Sum}
	 * @throws NotFound @throws Unavailable
	 */
	public MetricSeries metrics(String instanceId, Metric metric, MetricPeriod period, String stat) {
		return ec2.metrics(find(instanceId), metric, period, stat, clock.instant());
	}

	/** The regions the fleet spans, in list order. */
	public java.util.List<String> regions() {
		return ec2.regions();
	}

	/**
	 * Asks EC2 to reboot, start or stop an instance, for an admin, with an audit entry whatever comes of it.
	 *
	 * @param idempotencyKey when given, a retry with the same key and the same request gets the first answer
	 * (an acceptance, or the same refusal) and writes no entry; with another request it is a {@link Conflict}
	 * @throws Forbidden when {@code actor} is not an admin
	 * @throws NotFound when no region has the instance
	 * @throws Conflict when the instance's state does not allow the action
	 * @throws Unavailable when EC2 does not answer, or refused the action for another reason
	 */
	public ActionAccepted act(String instanceId, FleetAction action, String reason, Actor actor,
			@Nullable String idempotencyKey) {
		IdempotencyClaims.Claim claim = idempotencyKey == null ? null
				: IdempotencyClaims.Claim.of("USER#" + actor.userId(), idempotencyKey,
						action.name() + "\n" + instanceId + "\n" + reason);
		if (claim != null) {
			Optional<IdempotencyClaims.Used> used = audit.idempotencyClaims().find(claim);
			if (used.isPresent()) {
				return replay(used.get(), claim);
			}
		}
		AuditEntry entry = new AuditEntry(UUID.randomUUID().toString(), clock.instant(), actor.userId(), actor.email(),
				action, instanceId, reason, AuditEntry.Result.PENDING, null, actor.requestId(), actor.sourceIp(), null);
		if (!actor.admin()) {
			return closed(entry, claim, AuditEntry.Result.REJECTED,
					new Forbidden("Only admins may " + action.wireName() + " instances"));
		}
		Instance instance;
		try {
			instance = find(instanceId);
		}
		catch (NotFound ex) {
			return closed(entry, claim, AuditEntry.Result.REJECTED, ex);
		}
		catch (Unavailable ex) {
			return closed(entry, claim, AuditEntry.Result.FAILED, ex);
		}
		entry = entry.with(AuditEntry.Result.PENDING, null, instance.state());
		if (!action.allowedFrom(instance.state())) {
			return closed(entry, claim, AuditEntry.Result.REJECTED, new Conflict(
					"Cannot " + action.wireName() + " an instance that is " + instance.state(),
					Map.of("state", instance.state())));
		}
		Optional<IdempotencyClaims.Used> first = audit.append(entry, claim);
		if (first.isPresent()) {
			// A concurrent retry with the same key won the claim: answer as it is answered.
			return replay(first.get(), java.util.Objects.requireNonNull(claim));
		}
		try {
			ec2.send(action, instance.region(), instanceId);
		}
		catch (AwsServiceException ex) {
			String code = Ec2Fleet.errorCode(ex);
			if ("IncorrectInstanceState".equals(code)) {
				throw completed(entry, AuditEntry.Result.REJECTED, new Conflict("EC2 refused to "
						+ action.wireName() + " the instance in its current state", Map.of("ec2Error", code)));
			}
			throw completed(entry, AuditEntry.Result.FAILED,
					new Unavailable("EC2 refused the action (" + code + "); try again later"));
		}
		catch (Unavailable ex) {
			throw completed(entry, AuditEntry.Result.FAILED, ex);
		}
		audit.complete(entry.id(), AuditEntry.Result.ACCEPTED, null);
		logged(entry, AuditEntry.Result.ACCEPTED, "accepted");
		return new ActionAccepted(entry.id(), instanceId, action, instance.state(), false);
	}

	/**
	 * Writes a request's one entry with its final result and throws {@code why}; if a concurrent retry with the
	 * same key wrote first, answers as that one is answered instead.
	 */
	private ActionAccepted closed(AuditEntry entry, IdempotencyClaims.@Nullable Claim claim,
			AuditEntry.Result result, DomainException why) {
		Optional<IdempotencyClaims.Used> first = audit.append(entry.with(result, error(why), entry.fromState()),
				claim);
		if (first.isPresent()) {
			return replay(first.get(), java.util.Objects.requireNonNull(claim));
		}
		logged(entry, result, why.getMessage());
		throw why;
	}

	/** Completes a PENDING entry that EC2 did not accept, and gives back what to throw. */
	private DomainException completed(AuditEntry entry, AuditEntry.Result result, DomainException why) {
		audit.complete(entry.id(), result, error(why));
		logged(entry, result, why.getMessage());
		return why;
	}

	private static void logged(AuditEntry entry, AuditEntry.Result result, String outcome) {
		log.atInfo()
			.addKeyValue("actionId", entry.id())
			.addKeyValue("instanceId", entry.instanceId())
			.addKeyValue("action", entry.action().wireName())
			.addKeyValue("userId", entry.userId())
			.addKeyValue("result", result)
			.log("Fleet action " + result + ": " + outcome);
	}

	/** An entry's error: {@code <kind>: <message>}, so a replay can refuse as the first request was refused. */
	private static String error(DomainException why) {
		return why.getClass().getSimpleName() + ": " + why.getMessage();
	}

	/** Audit entries newest first, PENDING ones as {@link AuditEntry#asSeenAt} shows them. */
	public Page<AuditEntry> audit(AuditQuery query, int limit, @Nullable String nextToken) {
		var now = clock.instant();
		return audit.list(query, limit, nextToken).map(entry -> entry.asSeenAt(now));
	}

	/** The first request with this key left an entry: answer as it was answered. */
	private ActionAccepted replay(IdempotencyClaims.Used used, IdempotencyClaims.Claim claim) {
		used.replaying(claim, "action");
		AuditEntry first = audit.find(used.resultId())
			.orElseThrow(() -> new IllegalStateException("Claim names missing audit entry " + used.resultId()))
			.asSeenAt(clock.instant());
		log.atInfo().addKeyValue("actionId", first.id()).log("Idempotent retry answered with the first action");
		String error = first.error() == null ? "" : first.error();
		switch (first.result()) {
			case ACCEPTED:
				return new ActionAccepted(first.id(), first.instanceId(), first.action(),
						first.fromState() == null ? "" : first.fromState(), true);
			case PENDING:
				throw new Conflict("The first request with this Idempotency-Key is still being carried out");
			case FAILED:
				throw new Unavailable(message(error));
			default:
				if (error.startsWith(Forbidden.class.getSimpleName())) {
					throw new Forbidden(message(error));
				}
				if (error.startsWith(NotFound.class.getSimpleName())) {
					throw new NotFound("Instance");
				}
				throw new Conflict(message(error));
		}
	}

	/** The message of an entry's error, written as {@code <kind>: <message>}. */
	private static String message(String error) {
		int colon = error.indexOf(": ");
		return colon < 0 ? error : error.substring(colon + 2);
	}

}
