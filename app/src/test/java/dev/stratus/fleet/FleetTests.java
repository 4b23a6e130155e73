package dev.stratus.fleet;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import dev.stratus.fleet.internal.AuditTable;
import dev.stratus.fleet.internal.Ec2Fleet;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.Unavailable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The audit trail of actions whose outcome the local cloud cannot be made to produce on demand: EC2 failing or
 * refusing after the entry was written, and EC2 unreachable.
 */
class FleetTests {

	private static final Instant NOW = Instant.parse("2026-01-15T10:30:00.123Z");

	private static final Actor ADMIN = new Actor("admin-1", "admin@example.test", true, "10.0.0.1", "req-1");

	private final Ec2Fleet ec2 = mock(Ec2Fleet.class);

	private final AuditTable audit = mock(AuditTable.class);

	private final Fleet fleet = new Fleet(ec2, audit, Clock.fixed(NOW, ZoneOffset.UTC));

	@BeforeEach
	void runningInstance() {
		when(ec2.find("i-1")).thenReturn(Optional.of(new Instance("i-1", "web-1", "t3.micro", "running", "ok",
				"us-east-1a", "us-east-1", "10.0.0.9", null, NOW, "Linux/UNIX", Map.of(), true)));
		when(audit.append(any(), any())).thenReturn(Optional.empty());
	}

	@Test
	void writesThePendingEntryBeforeAskingEc2AndCompletesItAccepted() {
		ActionAccepted accepted = fleet.act("i-1", FleetAction.REBOOT, "patching", ADMIN, null);

		ArgumentCaptor<AuditEntry> written = ArgumentCaptor.forClass(AuditEntry.class);
		InOrder order = inOrder(audit, ec2);
		order.verify(audit).append(written.capture(), isNull());
		order.verify(ec2).send(FleetAction.REBOOT, "us-east-1", "i-1");
		order.verify(audit).complete(accepted.actionId(), AuditEntry.Result.ACCEPTED, null);
		assertThat(written.getValue().result()).isEqualTo(AuditEntry.Result.PENDING);
		assertThat(written.getValue().fromState()).isEqualTo("running");
		assertThat(written.getValue().sourceIp()).isEqualTo("10.0.0.1");
	}

	@Test
	void completesTheEntryFailedWhenEc2RefusesForAnotherReason() {
		doThrow(ec2Error("UnauthorizedOperation", 403)).when(ec2).send(any(), any(), any());

		assertThatThrownBy(() -> fleet.act("i-1", FleetAction.STOP, "cost", ADMIN, null))
			.isInstanceOf(Unavailable.class);

		verify(audit).complete(any(), eq(AuditEntry.Result.FAILED), startsWith("Unavailable: EC2 refused"));
	}

	@Test
	void completesTheEntryRejectedWhenEc2FindsTheStateWrong() {
		doThrow(ec2Error("IncorrectInstanceState", 400)).when(ec2).send(any(), any(), any());

		assertThatThrownBy(() -> fleet.act("i-1", FleetAction.REBOOT, "patching", ADMIN, null))
			.isInstanceOf(Conflict.class);

		verify(audit).complete(any(), eq(AuditEntry.Result.REJECTED), startsWith("Conflict:"));
	}

	@Test
	void recordsAFailureWhenEc2DoesNotAnswerTheLookup() {
		when(ec2.find("i-1")).thenThrow(new Unavailable("EC2 in us-east-1 does not answer"));

		assertThatThrownBy(() -> fleet.act("i-1", FleetAction.REBOOT, "patching", ADMIN, null))
			.isInstanceOf(Unavailable.class);

		ArgumentCaptor<AuditEntry> written = ArgumentCaptor.forClass(AuditEntry.class);
		verify(audit).append(written.capture(), isNull());
		assertThat(written.getValue().result()).isEqualTo(AuditEntry.Result.FAILED);
		verify(ec2, never()).send(any(), any(), any());
	}

	@Test
	void showsAPendingEntryAsInFlightThenAsAnUnknownOutcome() {
		AuditEntry pending = new AuditEntry("a-1", NOW, "admin-1", "admin@example.test", FleetAction.REBOOT, "i-1",
				"patching", AuditEntry.Result.PENDING, null, "req-1", "10.0.0.1", "running");

		assertThat(pending.asSeenAt(NOW.plusSeconds(10)).result()).isEqualTo(AuditEntry.Result.PENDING);
		AuditEntry stale = pending.asSeenAt(NOW.plus(AuditEntry.STALE));
		assertThat(stale.result()).isEqualTo(AuditEntry.Result.FAILED);
		assertThat(stale.error()).startsWith("OUTCOME_UNKNOWN");
	}

	private static Ec2Exception ec2Error(String code, int status) {
		return (Ec2Exception) Ec2Exception.builder()
			.statusCode(status)
			.awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(code).build())
			.build();
	}

}
