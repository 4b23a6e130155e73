package dev.stratus.platform.web;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every module's request bodies are records taken as {@code @Valid @RequestBody}: without
 * {@code @Valid} neither their constraints nor the wrong JSON types {@link RequestBodyReader} found
 * would be reported, and the controller would see {@code null}s.
 */
class RequestBodyConventionTests {

	@Test
	void everyRequestBodyIsAValidatedRecord() throws Exception {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
		List<String> bodies = new ArrayList<>();
		List<String> broken = new ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("dev.stratus")) {
			Class<?> controller = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			for (Method method : controller.getDeclaredMethods()) {
				for (Parameter parameter : method.getParameters()) {
					if (parameter.isAnnotationPresent(RequestBody.class)) {
						String name = controller.getSimpleName() + "." + method.getName();
						bodies.add(name);
						if (!parameter.getType().isRecord() || !parameter.isAnnotationPresent(Valid.class)) {
							broken.add(name);
						}
					}
				}
			}
		}

		assertThat(bodies).contains("ProductController.create", "OrderController.place", "AuthController.login");
		assertThat(broken).isEmpty();
	}

}
