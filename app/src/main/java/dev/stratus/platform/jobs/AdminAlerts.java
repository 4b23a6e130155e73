package dev.stratus.platform.jobs;

/**
 * Tells every admin, for work a job gave up on and for any module's alerts. Identity implements it
 * (it knows the admins; the platform may not depend on identity), as one bean; an alert that cannot
 * be sent is logged, never thrown, so it cannot fail the handling that raised it.
 */
public interface AdminAlerts {

	void send(String subject, String body);

}
