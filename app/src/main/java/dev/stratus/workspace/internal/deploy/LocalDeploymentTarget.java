package dev.stratus.workspace.internal.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Deployments on this machine: each built and started in its own sandbox under {@code <data>/deployments/<id>/}
 * (see {@link LocalDeployment}), at most {@link DeploySettings#workers()} at once. One app is live per project
 * environment; a new one replaces it only once it is healthy, so a failed deployment leaves the old app serving.
 * Every process is recorded in {@link ChildRegistry}: when Stratus stops, it stops them all; when it starts, it
 * stops whatever a previous run that ended abruptly left, and publishes {@link LeftoverDeploymentStopped} for each.
 */
public final class LocalDeploymentTarget implements DeploymentTarget, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LocalDeploymentTarget.class);

	private final DeploySettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ChildRegistry registry;

	private final HealthCheck health = new HealthCheck();

	private final Map<String, LocalDeployment> deployments = new ConcurrentHashMap<>();

	private final Map<DeploymentRequest.ProjectEnvironment, LocalDeployment> live = new HashMap<>();

	/** Made at each start, since a stop shuts it down (a paused test context starts its beans again). */
	private volatile ExecutorService runners;

	private volatile boolean running;

	LocalDeploymentTarget(DeploySettings settings, Clock clock, ApplicationEventPublisher events) {
		this.settings = settings;
		this.clock = clock;
		this.events = events;
		this.registry = new ChildRegistry(settings.directory().resolve("children.tsv"));
		this.runners = newRunners(settings.workers());
	}

	private static ExecutorService newRunners(int workers) {
		AtomicInteger threads = new AtomicInteger();
		return Executors.newFixedThreadPool(workers, task -> {
			Thread thread = new Thread(task, "deploy-runner-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	public void deploy(DeploymentRequest request, DeploymentSink sink) {
		if (!running) {
			throw new IllegalStateException("The local deployment target is not running");
		}
		LocalDeployment deployment = new LocalDeployment(request, sink, settings, clock, registry, health,
				this::ended);
		if (deployments.putIfAbsent(request.deploymentId(), deployment) != null) {
			throw new IllegalStateException("Deployment " + request.deploymentId() + " was started already");
		}
		runners.execute(() -> deployment.run(this::promote));
	}

	/** Makes a healthy deployment its environment's live one, then stops the app it replaces. */
	private boolean promote(LocalDeployment deployment) {
		LocalDeployment replaced;
		synchronized (live) {
			if (!running || !deployment.succeed()) {
				return false;
			}
			replaced = live.put(deployment.slot(), deployment);
		}
		if (replaced != null) {
			replaced.stopApp("Replaced by deployment " + deployment.id());
		}
		return true;
	}

	private void ended(LocalDeployment deployment) {
		deployments.remove(deployment.id(), deployment);
		synchronized (live) {
			live.remove(deployment.slot(), deployment);
		}
	}

	@Override
	public boolean cancel(String deploymentId) {
		LocalDeployment deployment = deployments.get(deploymentId);
		return deployment != null && deployment.cancel();
	}

	@Override
	public boolean stop(String deploymentId) {
		LocalDeployment deployment = deployments.get(deploymentId);
		return deployment != null && deployment.stopApp("Stopped on request");
	}

	@Override
	public List<RunningApp> running() {
		synchronized (live) {
			return live.values().stream().map(LocalDeployment::runningApp).filter(Objects::nonNull).toList();
		}
	}

	/** Stops what a previous run left, then takes deployments. */
	@Override
	public void start() {
		stopLeftovers();
		if (runners.isShutdown()) {
			runners = newRunners(settings.workers());
		}
		running = true;
	}

	private void stopLeftovers() {
		List<ChildRegistry.Child> leftovers = registry.takeLeftovers();
		List<ProcessHandle> stillRunning = leftovers.stream().flatMap(child -> child.stillRunning().stream()).toList();
		ProcessTrees.stop(stillRunning, settings.stopGrace());
		Set<Long> killed = stillRunning.stream().map(ProcessHandle::pid).collect(Collectors.toSet());
		deleteSandboxes();
		Map<String, ChildRegistry.Child> byDeployment = new LinkedHashMap<>();
		leftovers.forEach(child -> byDeployment.merge(child.deploymentId(), child,
				(first, later) -> later.phase().compareTo(first.phase()) > 0 ? later : first));
		for (ChildRegistry.Child child : byDeployment.values()) {
			log.atInfo()
				.addKeyValue("deploymentId", child.deploymentId())
				.addKeyValue("pid", child.pid())
				.addKeyValue("wasRunning", killed.contains(child.pid()))
				.log("A deployment a previous run of Stratus left is stopped");
			events.publishEvent(new LeftoverDeploymentStopped(child.deploymentId(), child.projectId(),
					child.environment(), child.phase(), clock.instant()));
		}
	}

	/** No sandbox outlives its run: nothing of a previous run's is live any more. */
	private void deleteSandboxes() {
		try (Stream<Path> entries = Files.list(settings.directory())) {
			for (Path entry : entries.filter(Files::isDirectory).toList()) {
				Sandbox.delete(entry);
			}
		}
		catch (NoSuchFileException none) {
			// No deployment ever ran here.
		}
		catch (IOException ex) {
			log.atWarn().log("Could not delete the sandboxes a previous run of Stratus left");
		}
	}

	/** Stops every app and build, all at once so that their grace times overlap. */
	@Override
	public void stop() {
		running = false;
		List<LocalDeployment> all = List.copyOf(deployments.values());
		ExecutorService stoppers = Executors.newCachedThreadPool();
		try {
			CompletableFuture.allOf(all.stream()
				.map(deployment -> CompletableFuture.runAsync(deployment::shutdown, stoppers))
				.toArray(CompletableFuture[]::new)).join();
		}
		finally {
			stoppers.shutdown();
		}
		runners.shutdownNow();
		try {
			runners.awaitTermination(settings.stopGrace().toMillis(), TimeUnit.MILLISECONDS);
			// Deployments that ended just now may still be releasing, on an exit watcher's thread.
			CompletableFuture.allOf(all.stream().map(LocalDeployment::released).toArray(CompletableFuture[]::new))
				.get(settings.stopGrace().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			log.atWarn().log("Some deployments had not released their processes and sandboxes when Stratus stopped");
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
