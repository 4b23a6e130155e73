package dev.stratus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.stratus.identity.Mailbox;
import dev.stratus.identity.TestUsers;
import dev.stratus.platform.security.KeyProbe;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app on a random port against the real local cloud (in memory). All tests with the
 * same settings share one context, so the local cloud starts once per test JVM. {@link KeyProbe}
 * is in it for every test, so that the API-key tests need no context of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ StratusApi.class, Mailbox.class, TestUsers.class, KeyProbe.class })
public @interface IntegrationTest {
}
