package dev.stratus.platform.mail;

/** One email to one person. */
public record Mail(String to, String subject, String body) {
}
