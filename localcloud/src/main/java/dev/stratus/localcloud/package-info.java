/**
 * AWS-compatible services on this machine: DynamoDB, SQS with dead-letter queues, S3, EC2 and
 * CloudWatch over a simulated fleet, and a mail server, started by
 * {@link dev.stratus.localcloud.LocalCloud#start} and spoken to only through their wire protocols (the
 * AWS SDK, the AWS CLI, SMTP, IMAP).
 * <p>
 * The simulated fleet ({@code Fleet}) is a dozen instances whose states follow from the timestamps of
 * the actions taken on them, on the configured clock, so nothing runs in the background and tests
 * move time instead of waiting. {@code Ec2Server} serves it in EC2's query protocol (XML written with
 * StAX); {@code CloudWatchServer} serves its metrics, computed per instance and minute
 * ({@code FleetMetrics}), in Smithy RPC v2 CBOR and AWS JSON 1.0. Every HTTP service passes the same
 * browser {@code Gate}.
 */
package dev.stratus.localcloud;
