package dev.stratus.workspace.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import dev.stratus.platform.errors.InvalidInput;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A versioned document's body as one binary attribute: its JSON, gzipped, because a large schema or
 * diagram is repetitive text and an item holds at most 400 KB. A body that does not fit even so is
 * refused as input rather than failing in DynamoDB.
 */
final class Documents {

	/** What a body may take of an item's 400 KB, leaving room for its other attributes. */
	static final int MAX_STORED_BYTES = 350_000;

	private final JsonMapper json;

	Documents(JsonMapper json) {
		this.json = json;
	}

	/** @throws InvalidInput on {@code field} when the compressed document is still too large */
	AttributeValue write(JsonNode document, String field) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (OutputStream gzip = new GZIPOutputStream(bytes)) {
			json.writeValue(gzip, document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (bytes.size() > MAX_STORED_BYTES) {
			throw new InvalidInput(field, "is too large to store (" + bytes.size() + " bytes compressed, at most "
					+ MAX_STORED_BYTES + ")");
		}
		return AttributeValue.fromB(SdkBytes.fromByteArray(bytes.toByteArray()));
	}

	JsonNode read(AttributeValue body) {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body.b().asByteArray()))) {
			return json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
