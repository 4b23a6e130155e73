package dev.stratus.workspace.internal;

import java.nio.charset.StandardCharsets;

import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.workspace.DiagramType;
import dev.stratus.workspace.internal.content.TestFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Diagram content checked by what it is, and SVGs made inert. */
class DiagramContentTests {

	static final byte[] PNG = TestFiles.png();

	@Test
	void keepsAPngAsItIs() {
		assertThat(DiagramContent.checked(PNG, DiagramType.PNG, "diagramData")).isEqualTo(PNG);
	}

	@Test
	void refusesContentThatIsNotOfItsDeclaredType() {
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> DiagramContent.checked(svg, DiagramType.PNG, "diagramData"))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems().get(0).field()).isEqualTo("diagramData"));
		assertThatThrownBy(() -> DiagramContent.checked(PNG, DiagramType.SVG, "diagramData"))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> DiagramContent.checked(new byte[3], DiagramType.PNG, "diagramData"))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> DiagramContent.checked(bytes("<html><script>alert(1)</script></html>"),
				DiagramType.SVG, "diagramData"))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> DiagramContent.checked(bytes("<svg><g></svg>"), DiagramType.SVG, "diagramData"))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void refusesAPngHeaderInFrontOfAPageOfHtml() {
		assertThatThrownBy(() -> DiagramContent.checked(TestFiles.pngHeaderWithHtml(), DiagramType.PNG, "diagramData"))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems().get(0).field()).isEqualTo("diagramData"));
	}

	@Test
	void refusesAnSvgWithADoctypeSoNoEntityIsEverResolved() {
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>";

		assertThatThrownBy(() -> DiagramContent.checked(bytes(xxe), DiagramType.SVG, "diagramData"))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void removesWhatCanRunOrFetchFromAnSvgAndKeepsThePicture() {
		String svg = """
				<?xml-stylesheet href="http://evil.example/x.css"?>
				<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)"
						width="100" height="50">
					<script>alert(2)</script>
					<defs><marker id="arrow"><path d="M0 0L10 5z"/></marker></defs>
					<style>@import url(http://evil.example/a.css); rect { fill: red }</style>
					<rect width="10" height="10" fill="#fff" onclick="alert(3)" style="fill: url(http://evil.example/p)"/>
					<line x1="0" y1="0" x2="5" y2="5" marker-end="url(#arrow)"/>
					<a href="javascript:alert(4)"><text x="1" y="1">Orders API</text></a>
					<image xlink:href="http://evil.example/track.png"/>
					<use href="#arrow"/>
					<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>
					<animate attributeName="href" to="javascript:alert(5)"/>
					<set attributeName="onmouseover" to="alert(6)"/>
					<html:b xmlns:html="http://www.w3.org/1999/xhtml">foreign</html:b>
				</svg>
				""";

		String clean = new String(DiagramContent.checked(bytes(svg), DiagramType.SVG, "diagramData"),
				StandardCharsets.UTF_8);

		assertThat(clean).doesNotContain("alert", "evil.example", "script", "onload", "onclick", "foreignObject",
				"javascript", "<animate", "<set", "html:b", "xml-stylesheet");
		assertThat(clean).contains("<svg", "width=\"100\"", "<rect", "fill=\"#fff\"", "marker-end=\"url(#arrow)\"",
				"Orders API", "<use href=\"#arrow\"", "<path d=\"M0 0L10 5z\"");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
