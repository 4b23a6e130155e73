package dev.stratus.workspace.internal.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.stratus.platform.errors.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileContentTests {

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void acceptsRealImagesOfTheirDeclaredTypes() {
		assertThat(FileContent.problem(TestFiles.png(), FileType.PNG)).isEmpty();
		assertThat(FileContent.problem(TestFiles.image("jpeg"), FileType.JPEG)).isEmpty();
		assertThat(FileContent.problem(TestFiles.image("gif"), FileType.GIF)).isEmpty();
		assertThat(FileContent.problem(TestFiles.webp(), FileType.WEBP)).isEmpty();
	}

	@Test
	void refusesAPngHeaderWithHtmlInsteadOfPixels() {
		assertThat(FileContent.problem(TestFiles.pngHeaderWithHtml(), FileType.PNG)).isPresent();
	}

	@Test
	void refusesARealImageWithAPageAppendedAfterItsEnd() {
		byte[] html = utf8("<html><script>alert(1)</script></html>");
		assertThat(FileContent.problem(TestFiles.concat(TestFiles.png(), html), FileType.PNG))
			.hasValueSatisfying(problem -> assertThat(problem).contains("after the image's end"));
		assertThat(FileContent.problem(TestFiles.concat(TestFiles.image("jpeg"), html), FileType.JPEG)).isPresent();
		assertThat(FileContent.problem(TestFiles.concat(TestFiles.image("gif"), html), FileType.GIF)).isPresent();
		assertThat(FileContent.problem(TestFiles.concat(TestFiles.webp(), html), FileType.WEBP)).isPresent();
	}

	@Test
	void refusesATruncatedImage() {
		byte[] jpeg = TestFiles.image("jpeg");
		byte[] cut = TestFiles.concat(Arrays.copyOf(jpeg, jpeg.length / 2), new byte[] { (byte) 0xff, (byte) 0xd9 });
		assertThat(FileContent.problem(cut, FileType.JPEG)).isPresent();
		byte[] png = TestFiles.png();
		assertThat(FileContent.problem(Arrays.copyOf(png, png.length - 12), FileType.PNG)).isPresent();
	}

	@Test
	void refusesAnImageClaimingMorePixelsThanItMayHaveBeforeDecodingIt() {
		assertThat(FileContent.problem(TestFiles.pngClaiming(100_000, 100_000), FileType.PNG))
			.hasValueSatisfying(problem -> assertThat(problem).contains("more than 40000000 pixels"));
	}

	@Test
	void refusesContentOfAnotherTypeThanDeclared() {
		assertThat(FileContent.problem(utf8("just some text"), FileType.PNG)).isPresent();
		assertThat(FileContent.problem(TestFiles.png(), FileType.JPEG)).isPresent();
		assertThat(FileContent.problem(TestFiles.png(), FileType.WEBP)).isPresent();
		assertThat(FileContent.problem(TestFiles.png(), FileType.TEXT)).isPresent();
		assertThat(FileContent.problem(utf8("not a pdf"), FileType.PDF)).isPresent();
		assertThat(FileContent.problem(utf8("not a zip"), FileType.ZIP)).isPresent();
		assertThat(FileContent.problem(new byte[0], FileType.GIF)).isPresent();
	}

	@Test
	void acceptsDocumentsByTheirSignatures() {
		assertThat(FileContent.problem(utf8("%PDF-1.7\n%âãÏÓ\n"), FileType.PDF)).isEmpty();
		assertThat(FileContent.problem(new byte[] { 'P', 'K', 3, 4, 20, 0 }, FileType.ZIP)).isEmpty();
	}

	@Test
	void acceptsUtf8TextOfEveryTextType() {
		assertThat(FileContent.problem(utf8("Grüße, 世界\n"), FileType.TEXT)).isEmpty();
		assertThat(FileContent.problem(utf8("# Title\n\nSome *markdown* with <b>inline</b> HTML."), FileType.MARKDOWN))
			.isEmpty();
		assertThat(FileContent.problem(utf8("a,b\n1,2\n"), FileType.CSV)).isEmpty();
		assertThat(FileContent.problem(utf8("{\"a\": [1, 2]}"), FileType.JSON)).isEmpty();
		assertThat(FileContent.problem(new byte[0], FileType.TEXT)).isEmpty();
	}

	@Test
	void refusesTextThatIsNotUtf8OrHoldsNuls() {
		assertThat(FileContent.problem(new byte[] { 'a', (byte) 0xc3, 0x28 }, FileType.TEXT))
			.hasValueSatisfying(problem -> assertThat(problem).contains("UTF-8"));
		assertThat(FileContent.problem(new byte[] { 'M', 'Z', 0, 0 }, FileType.TEXT))
			.hasValueSatisfying(problem -> assertThat(problem).contains("NUL"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "<!DOCTYPE html><p>x", "  <html>", "\uFEFF<script>alert(1)</script>",
			"<svg onload=alert(1)>",
			"<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
			"<iframe src=x>", "<a href=javascript:alert(1)>x</a>", "<!-- x --><script>", "\n\t<BODY onload=x>" })
	void refusesTextABrowserWouldTakeForHtmlOrXml(String markup) {
		assertThat(FileContent.problem(utf8(markup), FileType.TEXT))
			.hasValueSatisfying(problem -> assertThat(problem).contains("HTML or XML"));
		assertThat(FileContent.problem(utf8(markup), FileType.MARKDOWN)).isPresent();
	}

	@Test
	void acceptsTextThatMerelyMentionsTags() {
		assertThat(FileContent.problem(utf8("<abbr> is not sniffed, nor is a < b"), FileType.TEXT)).isEmpty();
		assertThat(FileContent.problem(utf8("Use <html> tags carefully"), FileType.TEXT)).isEmpty();
	}

	@Test
	void namesTheFieldAndTheDeclaredTypeWhenItRefuses() {
		assertThatThrownBy(() -> FileContent.check(utf8("hello"), FileType.PNG, "fileData"))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> {
				assertThat(refused.problems()).singleElement().satisfies(problem -> {
					assertThat(problem.field()).isEqualTo("fileData");
					assertThat(problem.message()).startsWith("is not image/png content");
				});
			});
		assertThatNoException().isThrownBy(() -> FileContent.check(TestFiles.png(), FileType.PNG, "fileData"));
	}

}
