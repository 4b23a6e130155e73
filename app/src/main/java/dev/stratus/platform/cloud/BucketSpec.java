package dev.stratus.platform.cloud;

/** An S3 bucket a module keeps objects in. */
public record BucketSpec(String name) {
}
