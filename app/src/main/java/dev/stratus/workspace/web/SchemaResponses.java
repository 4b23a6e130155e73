package dev.stratus.workspace.web;

import java.util.List;

import dev.stratus.platform.web.Timestamps;
import dev.stratus.workspace.SchemaVersion;
import dev.stratus.workspace.SchemaVersionSummary;
import dev.stratus.workspace.web.SchemaBodies.EntityBody;
import dev.stratus.workspace.web.SchemaBodies.SchemaBody;

/** The schema API's answers. */
final class SchemaResponses {

	private SchemaResponses() {
	}

	/** One saved version: the schema as it was sent, and who saved it when. */
	record SchemaResponse(long version, String createdAt, String createdBy, List<EntityBody> entities) {

		static SchemaResponse of(SchemaVersion saved) {
			return new SchemaResponse(saved.version(), Timestamps.format(saved.createdAt()), saved.createdBy(),
					SchemaBody.of(saved.schema()).entities());
		}

	}

	/** A version in the history. */
	record SchemaVersionResponse(long version, String createdAt, String createdBy, int entityCount) {

		static SchemaVersionResponse of(SchemaVersionSummary summary) {
			return new SchemaVersionResponse(summary.version(), Timestamps.format(summary.createdAt()),
					summary.createdBy(), summary.entityCount());
		}

	}

}
