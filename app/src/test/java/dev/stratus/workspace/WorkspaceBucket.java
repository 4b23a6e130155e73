package dev.stratus.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.workspace.internal.WorkspaceResources;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The workspace bucket as a client sees it (presigned GETs and PUTs) and as a test inspects it (its keys). */
public final class WorkspaceBucket {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final S3Client s3;

	private final String bucket;

	public WorkspaceBucket(S3Client s3, CloudResources resources) {
		this.s3 = s3;
		this.bucket = resources.bucketName(WorkspaceResources.BUCKET);
	}

	/** The keys under {@code prefix}, in key order. */
	public List<String> keys(String prefix) {
		return s3.listObjectsV2(b -> b.bucket(bucket).prefix(prefix)).contents().stream().map(S3Object::key).toList();
	}

	/** What a browser gets from a presigned GET. */
	public static HttpResponse<byte[]> fetch(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Uploads to a presigned PUT with this content type. */
	public static HttpResponse<Void> put(String url, byte[] content, String contentType) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", contentType)
			.PUT(HttpRequest.BodyPublishers.ofByteArray(content))
			.build(), HttpResponse.BodyHandlers.discarding());
	}

	private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
		try {
			return HTTP.send(request, body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
