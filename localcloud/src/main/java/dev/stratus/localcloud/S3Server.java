package dev.stratus.localcloud;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/** S3 on the wire: S3Proxy over a directory of files (or memory), checking V4 signatures. */
final class S3Server implements AutoCloseable {

	private final S3Proxy proxy;

	private final int port;

	private S3Server(S3Proxy proxy, int port) {
		this.proxy = proxy;
		this.port = port;
	}

	static S3Server start(int port, Optional<Path> dataDir) {
		BlobStore blobs = dataDir.<BlobStore>map(dir -> new FilesystemNio2BlobStore(createDirectories(dir).toString()))
			.orElseGet(TransientNio2BlobStore::new);
		S3Proxy proxy = S3Proxy.builder()
			.blobStore(blobs)
			.endpoint(URI.create("http://127.0.0.1:" + port))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, Endpoints.ACCESS_KEY, Endpoints.SECRET_KEY)
			// Browsers upload straight to presigned URLs, from the console's origin.
			.corsRules(new CrossOriginResourceSharing(List.of("*"), List.of("GET", "PUT", "HEAD"), List.of("*"),
					List.of("ETag"), "false"))
			.build();
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
		return new S3Server(proxy, port);
	}

	private static Path createDirectories(Path dir) {
		try {
			return Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new LocalCloudException("Cannot create the S3 data directory " + dir, ex);
		}
	}

	URI endpoint() {
		return URI.create("http://127.0.0.1:" + port);
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

}
