/**
 * What follows each activity entry, through the {@code activity-fanout} job: the charts' counters, each
 * concerned user's feed and in-app notifications, their emails through the {@code NotificationDelivery} port
 * (the local mail server, or SNS on AWS); and the stores the Activity, Notifications, Analytics and Settings
 * APIs read. Every step is idempotent, so a redelivered message changes nothing twice.
 */
@org.jspecify.annotations.NullMarked
package dev.stratus.workspace.internal.activity;
