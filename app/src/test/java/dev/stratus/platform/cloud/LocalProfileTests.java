package dev.stratus.platform.cloud;

import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Local mode names the AWS variables that the SDK would let override the local cloud's profile. */
class LocalProfileTests {

	private final Logger log = (Logger) LoggerFactory.getLogger(LocalProfileTests.class);

	private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	@BeforeEach
	void capture() {
		logged.start();
		log.addAppender(logged);
	}

	@Test
	void namesEndpointKeyAndRegionVariablesLeftInTheEnvironment() {
		LocalProfile.warnAboutOverrides(Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:4566", "AWS_ENDPOINT_URL_SQS",
				"http://127.0.0.1:1", "AWS_ACCESS_KEY_ID", "AKIA", "AWS_REGION", "eu-west-1", "AWS_PAGER", "",
				"PATH", "/bin"), log);

		assertThat(logged.list).singleElement()
			.satisfies(event -> assertThat(event.getFormattedMessage())
				.contains("[AWS_ACCESS_KEY_ID, AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SQS, AWS_REGION]")
				.doesNotContain("AWS_PAGER"));
	}

	@Test
	void saysNothingWhenNoneIsSet() {
		LocalProfile.warnAboutOverrides(Map.of("AWS_PAGER", "", "PATH", "/bin"), log);

		assertThat(logged.list).isEmpty();
	}

}
