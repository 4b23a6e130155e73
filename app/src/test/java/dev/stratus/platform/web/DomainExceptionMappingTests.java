package dev.stratus.platform.web;

import java.util.Arrays;

import dev.stratus.platform.errors.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.ExceptionHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of refusal a module may throw has its own answer in {@link ApiExceptionHandler}; a kind
 * added to the family without one would fall through to a 500.
 */
class DomainExceptionMappingTests {

	@Test
	void answersEveryKindOfDomainException() {
		for (Class<?> kind : DomainException.class.getPermittedSubclasses()) {
			assertThat(Arrays.stream(ApiExceptionHandler.class.getDeclaredMethods())
				.filter(method -> method.isAnnotationPresent(ExceptionHandler.class))
				.anyMatch(method -> method.getParameterCount() == 1 && method.getParameterTypes()[0] == kind))
				.as(kind.getSimpleName())
				.isTrue();
		}
	}

}
