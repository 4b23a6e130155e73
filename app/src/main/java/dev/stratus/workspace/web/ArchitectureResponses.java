package dev.stratus.workspace.web;

import java.util.List;
import java.util.Optional;

import dev.stratus.platform.web.Timestamps;
import dev.stratus.workspace.Architecture;
import dev.stratus.workspace.Architecture.Edge;
import dev.stratus.workspace.Architecture.Node;
import dev.stratus.workspace.ArchitectureDiagrams.Link;
import dev.stratus.workspace.ArchitectureDiagrams.Upload;
import dev.stratus.workspace.Diagram;
import dev.stratus.workspace.internal.ArchitectureTable.VersionSummary;
import org.jspecify.annotations.Nullable;

/** The architecture API's answers. */
final class ArchitectureResponses {

	private ArchitectureResponses() {
	}

	/**
	 * One saved version; {@code id} is the architecture's, the same in every version. The current version also
	 * names the published image, when there is one, so a client knows whether to ask for its link.
	 */
	record ArchitectureResponse(String id, long version, List<Node> nodes, List<Edge> edges, String createdAt,
			String createdBy, @Nullable DiagramResponse image) {

		static ArchitectureResponse of(Architecture architecture) {
			return of(architecture, Optional.empty());
		}

		static ArchitectureResponse of(Architecture architecture, Optional<Diagram> image) {
			return new ArchitectureResponse(architecture.id(), architecture.version(), architecture.nodes(),
					architecture.edges(), Timestamps.format(architecture.createdAt()), architecture.createdBy(),
					image.map(DiagramResponse::of).orElse(null));
		}

	}

	record ArchitectureVersionResponse(long version, String createdAt, String createdBy, int nodeCount,
			int edgeCount) {

		static ArchitectureVersionResponse of(VersionSummary summary) {
			return new ArchitectureVersionResponse(summary.version(), Timestamps.format(summary.createdAt()),
					summary.createdBy(), summary.nodeCount(), summary.edgeCount());
		}

	}

	/** The published image, as checked and stored. */
	record DiagramResponse(String contentType, long sizeBytes, String uploadedAt, String uploadedBy) {

		static DiagramResponse of(Diagram diagram) {
			return new DiagramResponse(diagram.type().contentType(), diagram.sizeBytes(),
					Timestamps.format(diagram.uploadedAt()), diagram.uploadedBy());
		}

	}

	record UploadResponse(String uploadId, String uploadUrl, String contentType, String expiresAt) {

		static UploadResponse of(Upload upload) {
			return new UploadResponse(upload.uploadId(), upload.uploadUrl(), upload.type().contentType(),
					Timestamps.format(upload.expiresAt()));
		}

	}

	record LinkResponse(String url, String expiresAt) {

		static LinkResponse of(Link link) {
			return new LinkResponse(link.url(), Timestamps.format(link.expiresAt()));
		}

	}

}
