package dev.stratus.localcloud;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.gaul.shaded.org.eclipse.jetty.server.Handler;
import org.gaul.shaded.org.eclipse.jetty.server.Request;
import org.gaul.shaded.org.eclipse.jetty.server.Response;
import org.gaul.shaded.org.eclipse.jetty.server.Server;
import org.gaul.shaded.org.eclipse.jetty.util.Callback;

/** S3 on the wire: S3Proxy over a directory of files (or memory), checking V4 signatures. */
final class S3Server implements AutoCloseable {

	private final S3Proxy proxy;

	private final URI endpoint;

	private S3Server(S3Proxy proxy, URI endpoint) {
		this.proxy = proxy;
		this.endpoint = endpoint;
	}

	static S3Server start(LocalCloudConfig.Network network, int port, Optional<Path> dataDir) {
		BlobStore blobs = dataDir.<BlobStore>map(dir -> new FilesystemNio2BlobStore(StateDir.create(dir).toString()))
			.orElseGet(TransientNio2BlobStore::new);
		List<String> origins = network.browserOrigins();
		S3Proxy proxy = S3Proxy.builder()
			.blobStore(blobs)
			.endpoint(URI.create("http://" + network.bind() + ":" + port))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, Endpoints.ACCESS_KEY, Endpoints.SECRET_KEY)
			// The console's pages upload images straight to presigned URLs; no other page may.
			.corsRules(origins.isEmpty() ? CrossOriginResourceSharing.disabled()
					: new CrossOriginResourceSharing(origins, List.of("GET", "PUT", "HEAD"), List.of("*"),
							List.of("ETag"), "false"))
			.build();
		gate(proxy, network.gate(true));
		try {
			proxy.start();
			while (!"STARTED".equals(proxy.getState())) {
				if ("FAILED".equals(proxy.getState())) {
					throw new LocalCloudException("The S3 server failed to start on port " + port);
				}
				Thread.onSpinWait();
			}
		}
		catch (LocalCloudException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new LocalCloudException("The S3 server failed to start on port " + port, ex);
		}
		return new S3Server(proxy, URI.create("http://" + network.connectHost() + ":" + port));
	}

	/**
	 * Puts the gate in front of S3Proxy's handler. S3Proxy offers no hook for it, so its (shaded)
	 * Jetty server is taken from its one field; a version that renames it fails here, at start.
	 */
	private static void gate(S3Proxy proxy, Gate gate) {
		try {
			Field field = S3Proxy.class.getDeclaredField("server");
			field.setAccessible(true);
			Server server = (Server) field.get(proxy);
			server.setHandler(new Gated(gate, server.getHandler()));
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			throw new LocalCloudException("Cannot guard this S3Proxy version against browsers", ex);
		}
	}

	URI endpoint() {
		return endpoint;
	}

	@Override
	public void close() {
		try {
			proxy.stop();
		}
		catch (Exception ex) {
			throw new LocalCloudException("The S3 server did not stop cleanly", ex);
		}
	}

	private static final class Gated extends Handler.Wrapper {

		private final Gate gate;

		Gated(Gate gate, Handler handler) {
			super(handler);
			this.gate = gate;
		}

		@Override
		public boolean handle(Request request, Response response, Callback callback) throws Exception {
			Optional<String> refusal = gate.refusal(request.getHeaders().get("Host"),
					request.getHeaders().get("Origin"));
			if (refusal.isPresent()) {
				// Written directly: S3Proxy's error handler would replace the reason with "Bad Request".
				String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code><Message>"
						+ refusal.get().replace("&", "&amp;").replace("<", "&lt;") + "</Message></Error>";
				response.setStatus(403);
				response.getHeaders().put("Content-Type", "application/xml");
				response.write(true, ByteBuffer.wrap(xml.getBytes(StandardCharsets.UTF_8)), callback);
				return true;
			}
			return super.handle(request, response, callback);
		}

	}

}
