package dev.stratus.localcloud;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A simulated service's state as one JSON file, replaced whole on every change (written beside it,
 * then moved over it), so a crash leaves the old state or the new one, never half of either.
 */
final class JsonFile<T> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path file;

	private final TypeReference<T> type;

	JsonFile(Path file, TypeReference<T> type) {
		this.file = file;
		this.type = type;
	}

	/** Opens {@code name} in a service's folder, creating the folder (0700) when missing. */
	static <T> JsonFile<T> in(Path dir, String name, TypeReference<T> type) {
		return new JsonFile<>(StateDir.create(dir).resolve(name), type);
	}

	Optional<T> read() {
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(JSON.readValue(file.toFile(), type));
		}
		catch (JacksonException ex) {
			throw new LocalCloudException("Cannot read " + file + ": " + ex.getOriginalMessage(), ex);
		}
	}

	void write(T value) {
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		try {
			JSON.writeValue(partial.toFile(), value);
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException | JacksonException ex) {
			throw new LocalCloudException("Cannot write " + file, ex);
		}
	}

}
