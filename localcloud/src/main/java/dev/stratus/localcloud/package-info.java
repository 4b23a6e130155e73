/**
 * AWS-compatible services on this machine: DynamoDB, SQS with dead-letter queues, S3 and a mail
 * server, started by {@link dev.stratus.localcloud.LocalCloud#start} and spoken to only through
 * their wire protocols (the AWS SDK, SMTP, IMAP).
 */
package dev.stratus.localcloud;
