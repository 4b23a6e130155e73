package dev.stratus.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class RequestPathsTests {

	@Test
	void readsTheRoutedPathOfAnEncodedOrUntidyOne() {
		assertThat(RequestPaths.of(new MockHttpServletRequest("POST", "/api/auth/%6Cogin")))
			.isEqualTo("/api/auth/login");
		assertThat(RequestPaths.of(new MockHttpServletRequest("POST", "/api//auth/./x/../login;v=1")))
			.isEqualTo("/api/auth/login");
	}

	@Test
	void answersAForwardWithItsOwnPathNotTheOneWorkedOutBefore() {
		var request = new MockHttpServletRequest("GET", "/api/products/42");
		assertThat(RequestPaths.of(request)).isEqualTo("/api/products/42");

		request.setRequestURI("/error");

		assertThat(RequestPaths.of(request)).isEqualTo("/error");
	}

}
