package dev.stratus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.stratus.identity.Mailbox;
import dev.stratus.identity.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app on a random port against the real local cloud (in memory). All tests with the
 * same settings share one context, so the local cloud starts once per test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ StratusApi.class, Mailbox.class, TestUsers.class })
public @interface IntegrationTest {
}
