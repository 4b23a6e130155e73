package dev.stratus.workspace.web;

import java.util.Base64;
import java.util.List;

import dev.stratus.workspace.Architecture.Edge;
import dev.stratus.workspace.Architecture.Node;
import dev.stratus.workspace.ArchitectureDraft;
import dev.stratus.workspace.DiagramType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The bodies of the {@code /api/architecture} requests. Each part's own limits are here; the rules across
 * parts (unique ids, edges between nodes of the diagram, finite coordinates) are {@link ArchitectureDraft}'s,
 * reported in the same {@code VALIDATION_ERROR}.
 */
final class ArchitectureRequests {

	static final String ID = "[A-Za-z0-9_.:-]+";

	static final String ID_MESSAGE = "must be letters, digits, '_', '.', ':' or '-'";

	static final String KIND = "[a-z][a-z0-9-]*";

	static final String KIND_MESSAGE = "must be small letters, digits or '-', starting with a letter";

	/** {@link DiagramType}'s content types; {@code ArchitectureControllerTests} checks that they agree. */
	static final String TYPES = "image/png|image/svg+xml";

	static final String TYPE_MESSAGE = "must be one of image/png, image/svg+xml";

	private ArchitectureRequests() {
	}

	/** {@code PUT /api/architecture/{projectId}}. */
	record ArchitectureBody(
			@NotNull @Size(max = ArchitectureDraft.MAX_NODES) List<@NotNull @Valid NodeBody> nodes,
			@NotNull @Size(max = ArchitectureDraft.MAX_EDGES) List<@NotNull @Valid EdgeBody> edges) {

		/** Only once each part is valid. */
		ArchitectureDraft draft() {
			return new ArchitectureDraft(nodes.stream().map(NodeBody::node).toList(),
					edges.stream().map(EdgeBody::edge).toList());
		}

	}

	record NodeBody(@NotBlank @Size(max = 64) @Pattern(regexp = ID, message = ID_MESSAGE) String id,
			@NotBlank @Size(max = 200) String label,
			@NotNull @Size(min = 1, max = 64) @Pattern(regexp = KIND, message = KIND_MESSAGE) String kind,
			@NotNull Double x, @NotNull Double y) {

		Node node() {
			return new Node(id, label.strip(), kind, x, y);
		}

	}

	record EdgeBody(@NotBlank @Size(max = 64) @Pattern(regexp = ID, message = ID_MESSAGE) String id,
			@NotNull String source, @NotNull String target, @Nullable @Size(max = 200) String label) {

		Edge edge() {
			return new Edge(id, source, target, label == null || label.isBlank() ? null : label.strip());
		}

	}

	/** {@code POST /api/architecture/{projectId}/diagram}: the image as base64 (standard alphabet, padded). */
	record DiagramBody(@NotNull String diagramData,
			@NotNull @Pattern(regexp = TYPES, message = TYPE_MESSAGE) String contentType) {

		/** @return null when {@code diagramData} is not base64 */
		byte @Nullable [] bytes() {
			try {
				return Base64.getMimeDecoder().decode(diagramData);
			}
			catch (IllegalArgumentException notBase64) {
				return null;
			}
		}

		DiagramType type() {
			return DiagramType.of(contentType).orElseThrow();
		}

	}

	/** {@code POST /api/architecture/{projectId}/diagram/upload-url}. */
	record UploadRequest(@NotNull @Pattern(regexp = TYPES, message = TYPE_MESSAGE) String contentType) {

		DiagramType type() {
			return DiagramType.of(contentType).orElseThrow();
		}

	}

	/** {@code POST /api/architecture/{projectId}/diagram/confirm}. */
	record UploadConfirmation(@NotBlank @Size(max = 64) String uploadId) {
	}

}
