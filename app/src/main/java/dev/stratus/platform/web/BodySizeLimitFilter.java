package dev.stratus.platform.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over 1 MiB, or over the limit a module declared for the route as a
 * {@link LargeBodyRoute}: at once when the length is declared, else as soon as the body read so far
 * passes the limit (chunked uploads).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class BodySizeLimitFilter extends OncePerRequestFilter {

	static final long MAX_BYTES = 1024 * 1024;

	static final String MESSAGE = "Request body is larger than 1 MiB";

	private final ErrorResponses errors;

	private final List<LargeBodyRoute> largeBodyRoutes;

	BodySizeLimitFilter(ErrorResponses errors, List<LargeBodyRoute> largeBodyRoutes) {
		this.errors = errors;
		this.largeBodyRoutes = List.copyOf(largeBodyRoutes);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limit(request);
		String message = limit == MAX_BYTES ? MESSAGE : "Request body is larger than " + limit + " bytes";
		if (request.getContentLengthLong() > limit) {
			errors.write(response, ErrorCode.BAD_REQUEST, message, null);
			return;
		}
		chain.doFilter(new LimitedRequest(request, limit, message), response);
	}

	private long limit(HttpServletRequest request) {
		if (largeBodyRoutes.isEmpty()) {
			return MAX_BYTES;
		}
		String path = RequestPaths.of(request);
		return largeBodyRoutes.stream()
			.filter(route -> route.matches(request.getMethod(), path))
			.mapToLong(LargeBodyRoute::maxBytes)
			.max()
			.orElse(MAX_BYTES);
	}

	/** Thrown while reading a body past the limit; the error handler answers it as a 400 with its message. */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException(String message) {
			super(message);
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private final String message;

		private ServletInputStream limited;

		LimitedRequest(HttpServletRequest request, long limit, String message) {
			super(request);
			this.limit = limit;
			this.message = message;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (limited == null) {
				limited = new LimitedStream(super.getInputStream(), limit, message);
			}
			return limited;
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private final String message;

		private long read;

		LimitedStream(ServletInputStream in, long limit, String message) {
			this.in = in;
			this.limit = limit;
			this.message = message;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLargeException {
			read += n;
			if (read > limit) {
				throw new BodyTooLargeException(message);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
