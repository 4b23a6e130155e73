package dev.stratus.localcloud;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

/**
 * An EC2 query-protocol answer, written with StAX so names and values are always escaped: the action's
 * {@code <ActionResponse>} in EC2's namespace, or the {@code <Response><Errors>} shape the SDK reads its
 * error code from.
 */
final class Ec2Xml {

	static final String NAMESPACE = "http://ec2.amazonaws.com/doc/2016-11-15/";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final XMLStreamWriter xml;

	private Ec2Xml() {
		try {
			xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Starts {@code <ActionResponse xmlns=...>} with its {@code requestId}. */
	static Ec2Xml response(String action, String requestId) {
		Ec2Xml doc = new Ec2Xml();
		doc.run(() -> {
			doc.xml.writeStartElement(action + "Response");
			doc.xml.writeDefaultNamespace(NAMESPACE);
		});
		return doc.text("requestId", requestId);
	}

	static byte[] error(AwsError error, String requestId) {
		Ec2Xml doc = new Ec2Xml();
		return doc.start("Response")
			.start("Errors")
			.start("Error")
			.text("Code", error.code())
			.text("Message", error.getMessage())
			.end()
			.end()
			.text("RequestID", requestId)
			.end()
			.finish();
	}

	Ec2Xml start(String name) {
		return run(() -> xml.writeStartElement(name));
	}

	Ec2Xml end() {
		return run(xml::writeEndElement);
	}

	/** {@code <name>value</name>}, or nothing when the value is null. */
	Ec2Xml text(String name, @Nullable Object value) {
		if (value == null) {
			return this;
		}
		return run(() -> {
			xml.writeStartElement(name);
			xml.writeCharacters(value.toString());
			xml.writeEndElement();
		});
	}

	/** Closes every open element and returns the document. */
	byte[] finish() {
		run(() -> {
			xml.writeEndDocument();
			xml.close();
		});
		return out.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
	}

	private Ec2Xml run(XmlStep step) {
		try {
			step.run();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write an EC2 answer", ex);
		}
		return this;
	}

	@FunctionalInterface
	private interface XmlStep {

		void run() throws XMLStreamException;

	}

}
