package dev.stratus.localcloud;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

import tools.jackson.core.JsonGenerator;
import tools.jackson.dataformat.cbor.CBORGenerator;

/**
 * A CloudWatch answer in either wire format: maps, lists, strings, numbers and timestamps, which both
 * send as epoch seconds (CBOR under tag 1).
 */
final class CloudWatchWriter {

	private static final int EPOCH_TAG = 1;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final JsonGenerator cbor;

	CloudWatchWriter(CloudWatchWire wire) {
		cbor = wire.mapper().createGenerator(out);
	}

	CloudWatchWriter startMap() {
		cbor.writeStartObject();
		return this;
	}

	CloudWatchWriter startMap(String name) {
		cbor.writeName(name);
		return startMap();
	}

	CloudWatchWriter startList(String name) {
		cbor.writeName(name);
		cbor.writeStartArray();
		return this;
	}

	CloudWatchWriter endMap() {
		cbor.writeEndObject();
		return this;
	}

	CloudWatchWriter endList() {
		cbor.writeEndArray();
		return this;
	}

	CloudWatchWriter string(String name, String value) {
		cbor.writeName(name);
		cbor.writeString(value);
		return this;
	}

	CloudWatchWriter string(String value) {
		cbor.writeString(value);
		return this;
	}

	CloudWatchWriter number(double value) {
		cbor.writeNumber(value);
		return this;
	}

	CloudWatchWriter timestamp(Instant at) {
		if (cbor instanceof CBORGenerator tagged) {
			tagged.writeTag(EPOCH_TAG);
		}
		cbor.writeNumber(at.toEpochMilli() / 1000.0);
		return this;
	}

	byte[] finish() {
		cbor.close();
		return out.toByteArray();
	}

}
