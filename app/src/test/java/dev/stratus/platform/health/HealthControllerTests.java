package dev.stratus.platform.health;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health answers within its probe timeout however a backing service fails. The failures are
 * simulated because a hanging service cannot be caused on demand with the real local cloud.
 */
class HealthControllerTests {

	@Test
	void reportsUnhealthyWithoutWaitingForAServiceThatHangs() {
		var controller = new HealthController(
				List.of(BackingService.of("dynamodb", () -> {
				}), BackingService.of("queue", () -> Thread.sleep(60_000)), BackingService.of("storage", () -> {
					throw new IllegalStateException("connection refused");
				})), "test", Clock.systemUTC(), new DefaultListableBeanFactory().getBeanProvider(
						ApplicationAvailability.class));

		long started = System.nanoTime();
		var response = controller.health();
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(response.getStatusCode().value()).isEqualTo(503);
		assertThat(response.getBody().data().status()).isEqualTo("unhealthy");
		assertThat(response.getBody().data().checks()).containsEntry("dynamodb", "up")
			.containsEntry("queue", "down")
			.containsEntry("storage", "down");
		// Far below the 60 s hang: the answer did not wait for the hanging probe.
		assertThat(took).isLessThan(Duration.ofSeconds(30));
		controller.stop();
	}

	@Test
	void reportsStartingUntilTheServerTakesTraffic() {
		var availability = new ApplicationAvailabilityBean();
		var beans = new DefaultListableBeanFactory();
		beans.registerSingleton("availability", availability);
		var controller = new HealthController(List.of(BackingService.of("dynamodb", () -> {
		})), "test", Clock.systemUTC(), beans.getBeanProvider(ApplicationAvailability.class));

		var priming = controller.health();
		availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		var primed = controller.health();

		assertThat(priming.getStatusCode().value()).isEqualTo(503);
		assertThat(priming.getBody().data().status()).isEqualTo("starting");
		assertThat(priming.getBody().data().checks()).containsEntry("dynamodb", "up");
		assertThat(primed.getStatusCode().value()).isEqualTo(200);
		assertThat(primed.getBody().data().status()).isEqualTo("healthy");
		controller.stop();
	}

}
