package dev.stratus.localcloud;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

import tools.jackson.core.JsonGenerator;
import tools.jackson.dataformat.cbor.CBORGenerator;
import tools.jackson.dataformat.cbor.CBORMapper;

/**
 * A Smithy RPC v2 CBOR body: maps, lists, strings, numbers and timestamps, which the protocol sends as
 * epoch seconds under CBOR tag 1.
 */
final class CborWriter {

	static final CBORMapper CBOR = CBORMapper.builder().build();

	private static final int EPOCH_TAG = 1;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final CBORGenerator cbor;

	CborWriter() {
		cbor = (CBORGenerator) CBOR.createGenerator(out);
	}

	CborWriter startMap() {
		cbor.writeStartObject();
		return this;
	}

	CborWriter startMap(String name) {
		cbor.writeName(name);
		return startMap();
	}

	CborWriter startList(String name) {
		cbor.writeName(name);
		cbor.writeStartArray();
		return this;
	}

	CborWriter endMap() {
		cbor.writeEndObject();
		return this;
	}

	CborWriter endList() {
		cbor.writeEndArray();
		return this;
	}

	CborWriter string(String name, String value) {
		cbor.writeName(name);
		cbor.writeString(value);
		return this;
	}

	CborWriter string(String value) {
		cbor.writeString(value);
		return this;
	}

	CborWriter number(double value) {
		cbor.writeNumber(value);
		return this;
	}

	CborWriter timestamp(Instant at) {
		cbor.writeTag(EPOCH_TAG);
		cbor.writeNumber(at.toEpochMilli() / 1000.0);
		return this;
	}

	byte[] finish() {
		JsonGenerator generator = cbor;
		generator.close();
		return out.toByteArray();
	}

}
