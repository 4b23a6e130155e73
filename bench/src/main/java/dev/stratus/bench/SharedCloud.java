package dev.stratus.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import dev.stratus.localcloud.Endpoints;

/**
 * The fault tests' stage: {@code ./stratus localcloud} on fixed ports (so it can be stopped and
 * started again where the apps expect it), its SMTP port behind a {@link FaultProxy} (so mail
 * alone can go down), and app instances pointed at it.
 */
final class SharedCloud {

	private final Run run;

	private final Path data;

	private final CloudPorts ports = CloudPorts.free();

	private final Path appData;

	private LocalCloudProcess process;

	private Endpoints endpoints;

	final FaultProxy smtp;

	SharedCloud(Run run) {
		this.run = run;
		this.data = run.dir("shared-cloud");
		this.appData = run.dir("shared-app-data");
		this.smtp = run.cleanup.add(new FaultProxy("smtp", ports.smtp()));
		start();
	}

	/** Starts the local cloud (again) on the same ports and data, mail relay included. @return ms to ready */
	long start() {
		process = run.localCloud("localcloud", data, ports);
		LocalCloudProcess.Ready ready = process.awaitReady(Duration.ofSeconds(60));
		endpoints = ready.endpoints();
		smtp.up();
		return ready.ms();
	}

	/**
	 * Stops the local cloud as Ctrl-C does. The mail relay goes down with it, since the mail
	 * server is part of what stopped; otherwise the relay would still accept connections.
	 */
	void stop() {
		smtp.down();
		run.stop(process);
	}

	Endpoints endpoints() {
		return endpoints;
	}

	/** An app instance using this cloud, its mail through the proxy; started and healthy. */
	AppProcess app(String name) {
		var viaProxy = new Endpoints(endpoints.gateway(), endpoints.dynamodb(), endpoints.sqs(), endpoints.s3(),
				endpoints.ec2(), endpoints.cloudwatch(), endpoints.mailHost(), smtp.port(), endpoints.imapPort());
		AppProcess app = run.app(name, appData, Map.of("STRATUS_LOCALCLOUD", viaProxy.format()));
		app.awaitHealthy(Duration.ofSeconds(90));
		return app;
	}

	BenchInbox inbox() {
		return new BenchInbox(endpoints.mailHost(), endpoints.imapPort());
	}

}
