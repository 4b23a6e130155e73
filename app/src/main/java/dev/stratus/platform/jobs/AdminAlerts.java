package dev.stratus.platform.jobs;

/**
 * Tells every admin, for work a job gave up on. Whoever knows the admins implements it, as one bean
 * (inventory's {@code AdminMail} until identity offers it, since platform may not depend on
 * identity); an alert that cannot be sent is logged, never thrown, so it cannot fail the handling
 * that raised it.
 */
public interface AdminAlerts {

	void send(String subject, String body);

}
