package dev.stratus.platform.cloud;

import java.util.List;

import dev.stratus.localcloud.Endpoints;
import dev.stratus.localcloud.LocalCloudConfig;
import dev.stratus.platform.StratusProperties;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Sets the local cloud starting as soon as the settings are known, before Spring creates any bean,
 * so its second of start-up overlaps the building of the context instead of following it. Local
 * mode only; registered in {@code META-INF/spring.factories}, so tests take the same path.
 */
public final class LocalCloudHeadStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String BEAN = "localCloudConnection";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		StratusProperties settings = Binder.get(context.getEnvironment())
			.bind("stratus", StratusProperties.class)
			.orElse(null);
		if (settings == null || !settings.isLocal()) {
			return;
		}
		LocalCloudConnection connection = settings.localcloud() != null && !settings.localcloud().isBlank()
				? LocalCloudConnection.sharing(Endpoints.parse(settings.localcloud()))
				: LocalCloudConnection.starting(config(settings, context.getEnvironment()));
		var beans = context.getBeanFactory();
		beans.registerSingleton(BEAN, connection);
		// Destroyed last of all, as it was registered first: every client is closed by then.
		((DefaultSingletonBeanRegistry) beans).registerDisposableBean(BEAN, connection);
	}

	/**
	 * Listens where {@code STRATUS_BIND} says (loopback by default), and lets only the console's
	 * own pages, and those of {@code STRATUS_CORS_ORIGINS}, upload to S3 from a browser.
	 */
	private static LocalCloudConfig.Network network(StratusProperties settings, Environment environment) {
		return LocalCloudConfig.Network.forConsole(environment.getProperty("stratus.bind", "127.0.0.1"),
				environment.getProperty("server.port", Integer.class, 8080),
				settings.corsOrigins() == null ? List.of() : settings.corsOrigins());
	}

	static LocalCloudConfig config(StratusProperties settings, Environment environment) {
		return storage(settings).withNetwork(network(settings, environment));
	}

	private static LocalCloudConfig storage(StratusProperties settings) {
		if (settings.inMemory()) {
			return LocalCloudConfig.inMemory();
		}
		var ports = settings.localPorts();
		return LocalCloudConfig.persistent(settings.dataDir().toAbsolutePath(),
				new LocalCloudConfig.Ports(ports.gateway(), ports.dynamodb(), ports.sqs(), ports.s3(), ports.ec2(),
						ports.cloudwatch(), ports.smtp(), ports.imap()));
	}

}
