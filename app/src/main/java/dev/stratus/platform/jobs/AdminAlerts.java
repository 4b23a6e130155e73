package dev.stratus.platform.jobs;

/**
 * Tells every admin, for work a job gave up on. Whoever knows the admins implements it; an alert
 * that cannot be sent is logged, never thrown, so it cannot fail the handling that raised it.
 */
public interface AdminAlerts {

	void send(String subject, String body);

}
