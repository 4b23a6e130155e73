package dev.stratus.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every module reads the time from, in UTC like every timestamp the API writes. One
 * bean rather than {@code Clock.systemUTC()} in each class, so that a class takes its clock the way
 * it takes any other collaborator, and a test hands it a fixed or settable one.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
