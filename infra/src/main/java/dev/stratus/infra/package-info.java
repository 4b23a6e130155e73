/**
 * The AWS CDK app: one stack per part of Stratus, synthesized offline into CloudFormation templates
 * ({@code ./stratus synth}). Tables, queues and buckets come from {@code infra/cloud-resources.json}, the
 * declarations the app's own beans are checked against, so the local cloud and AWS cannot drift.
 */
package dev.stratus.infra;
