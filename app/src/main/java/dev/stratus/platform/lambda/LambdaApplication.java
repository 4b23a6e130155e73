package dev.stratus.platform.lambda;

import java.util.ArrayList;
import java.util.List;

import com.amazonaws.serverless.exceptions.ContainerInitializationException;
import com.amazonaws.serverless.proxy.model.AwsProxyResponse;
import com.amazonaws.serverless.proxy.model.HttpApiV2ProxyRequest;
import com.amazonaws.serverless.proxy.spring.SpringBootLambdaContainerHandler;
import dev.stratus.StratusApplication;
import dev.stratus.platform.WriteBehind;
import dev.stratus.platform.jobs.JobPipeline;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The one Spring application of a Lambda instance, started by whichever handler class the runtime loads first,
 * in the init phase (its static initialiser), and then primed ({@link Priming}). Every handler runs in the same
 * kind of context, the servlet one the API needs, so that a function's beans are the server's beans; the
 * queue, task and housekeeping functions just do not receive HTTP events.
 */
final class LambdaApplication {

	private static final Logger log = LoggerFactory.getLogger(LambdaApplication.class);

	private static @Nullable LambdaApplication instance;

	private final SpringBootLambdaContainerHandler<HttpApiV2ProxyRequest, AwsProxyResponse> container;

	private final ApplicationContext context;

	private final List<WriteBehind> heldWrites;

	private LambdaApplication(SpringBootLambdaContainerHandler<HttpApiV2ProxyRequest, AwsProxyResponse> container) {
		this.container = container;
		ApplicationContext started = WebApplicationContextUtils
			.getWebApplicationContext(container.getServletContext());
		if (started == null) {
			throw new IllegalStateException("The Lambda container started no Spring web application context");
		}
		this.context = started;
		this.heldWrites = List.copyOf(started.getBeansOfType(WriteBehind.class).values());
	}

	/**
	 * The instance's application, started on first use.
	 * @throws IllegalStateException when it cannot start; the runtime then reports an init error and retries
	 */
	static synchronized LambdaApplication get() {
		if (instance == null) {
			long started = System.nanoTime();
			try {
				instance = new LambdaApplication(SpringBootLambdaContainerHandler.getHttpApiV2ProxyHandler(
						StratusApplication.class));
			}
			catch (ContainerInitializationException ex) {
				throw new IllegalStateException("Stratus did not start on Lambda: " + ex.getMessage(), ex);
			}
			log.atInfo()
				.addKeyValue("startMillis", (System.nanoTime() - started) / 1_000_000)
				.log("Stratus started for Lambda");
			Priming.register(instance);
		}
		return instance;
	}

	SpringBootLambdaContainerHandler<HttpApiV2ProxyRequest, AwsProxyResponse> container() {
		return container;
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/** Every job the modules declared. */
	List<JobPipeline<?>> jobs() {
		List<JobPipeline<?>> jobs = new ArrayList<>();
		context.getBeansOfType(JobPipeline.class).values().forEach(jobs::add);
		return jobs;
	}

	/**
	 * Writes what the instance holds in memory to write later: called before an invocation answers, as the
	 * instance may be frozen for good once it has. A failure is the holder's to log and keep; the answer stands.
	 */
	void writeHeldState() {
		heldWrites.forEach(WriteBehind::writeNow);
	}

	/**
	 * A function's setting: the environment variable, else the system property of the same name (tests).
	 * @throws IllegalStateException when neither is set
	 */
	static String setting(String name) {
		String value = System.getenv(name);
		if (value == null || value.isBlank()) {
			value = System.getProperty(name, "");
		}
		if (value.isBlank()) {
			throw new IllegalStateException(name + " must name what this function runs");
		}
		return value.strip();
	}

	ApplicationContext context() {
		return context;
	}

}
