package dev.stratus.platform.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import dev.stratus.platform.Page;
import dev.stratus.platform.dynamo.LabelledWrites;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** STUB: reads the document; running it is the real engine's. */
@Component
public class Workflows {

	public static String localFunctionArn(String name) {
		return "arn:aws:lambda:us-east-1:000000000000:function:" + name;
	}

	public Workflow declare(String name, String classpathResource, Map<String, String> substitutions) {
		JsonNode document;
		try (InputStream in = new ClassPathResource(classpathResource).getInputStream()) {
			document = JsonMapper.builder().build().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Workflow() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public JsonNode document() {
				return document;
			}

			@Override
			public Start start(JsonNode input, LabelledWrites alsoWrite) {
				throw new UnsupportedOperationException("The workflow engine is not merged yet");
			}

			@Override
			public Optional<Execution> find(String executionId) {
				return Optional.empty();
			}

			@Override
			public Page<ExecutionSummary> list(@Nullable ExecutionStatus status, int limit,
					@Nullable String nextToken) {
				return new Page<>(java.util.List.of(), null);
			}

		};
	}

}
