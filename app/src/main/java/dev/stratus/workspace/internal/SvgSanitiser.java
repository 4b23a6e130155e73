package dev.stratus.workspace.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Makes an uploaded SVG inert: it must be well-formed XML without a DOCTYPE (so no entities, no external
 * DTD) whose root is {@code svg}, and everything that can run or fetch is removed: scripts, event handler
 * attributes ({@code onload}), foreign objects and other embedding elements, animations (which can set a
 * link to {@code javascript:}), elements outside the SVG namespace, processing instructions, and every
 * reference that leaves the document ({@code href} not starting with {@code #}, {@code url(...)} not
 * starting with {@code #}, {@code @import}). What remains draws the same static picture.
 */
final class SvgSanitiser {

	static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

	private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object",
			"handler", "listener", "set", "animate", "animatemotion", "animatetransform", "discard", "audio", "video");

	/** A {@code url(...)} that points anywhere but into the document itself, or an import. */
	private static final Pattern EXTERNAL = Pattern.compile("url\\s*\\(\\s*['\"]?\\s*(?!#)|@import|javascript:",
			Pattern.CASE_INSENSITIVE);

	private SvgSanitiser() {
	}

	/** The sanitised document; empty when {@code content} is not well-formed XML with an {@code svg} root. */
	static Optional<byte[]> sanitise(byte[] content) {
		Document document;
		try {
			document = builder().parse(new ByteArrayInputStream(content));
		}
		catch (SAXException | IOException notXml) {
			return Optional.empty();
		}
		Element root = document.getDocumentElement();
		String namespace = root.getNamespaceURI();
		if (!"svg".equals(root.getLocalName()) || !(namespace == null || SVG_NAMESPACE.equals(namespace))) {
			return Optional.empty();
		}
		clean(root, namespace);
		for (Node child : children(document)) {
			if (child != root) {
				document.removeChild(child);
			}
		}
		return Optional.of(write(document));
	}

	private static void clean(Element element, @Nullable String namespace) {
		NamedNodeMap attributes = element.getAttributes();
		List<Attr> remove = new ArrayList<>();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			if (!safe(attribute)) {
				remove.add(attribute);
			}
		}
		remove.forEach(element::removeAttributeNode);
		for (Node child : children(element)) {
			if (child instanceof Element inner) {
				if (active(inner, namespace)) {
					element.removeChild(inner);
				}
				else {
					clean(inner, namespace);
				}
			}
			else if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE || child.getNodeType() == Node.COMMENT_NODE
					|| EXTERNAL.matcher(String.valueOf(child.getNodeValue())).find()
							&& "style".equals(element.getLocalName())) {
				element.removeChild(child);
			}
		}
	}

	private static boolean active(Element element, @Nullable String namespace) {
		String name = element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
		boolean foreign = namespace == null ? element.getNamespaceURI() != null
				: !namespace.equals(element.getNamespaceURI());
		return foreign || ACTIVE_ELEMENTS.contains(name.toLowerCase(Locale.ROOT));
	}

	private static boolean safe(Attr attribute) {
		String name = (attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName())
			.toLowerCase(Locale.ROOT);
		if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
			return true;
		}
		String value = attribute.getValue().strip();
		if (name.startsWith("on")) {
			return false;
		}
		if (name.equals("href") || name.equals("src")) {
			return value.startsWith("#");
		}
		return !EXTERNAL.matcher(value).find();
	}

	private static List<Node> children(Node parent) {
		List<Node> children = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			children.add(child);
		}
		return children;
	}

	/** A parser that reads no DTD and resolves no entity, and stays quiet about errors (they are thrown). */
	private static DocumentBuilder builder() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new DefaultHandler());
			return builder;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The XML parser cannot be made safe", ex);
		}
	}

	private static byte[] write(Document document) {
		try {
			TransformerFactory factory = TransformerFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			Transformer transformer = factory.newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toByteArray();
		}
		catch (TransformerException ex) {
			throw new IllegalStateException("A parsed SVG could not be written again", ex);
		}
	}

}
