package dev.stratus.platform.jobs;

/**
 * A job as a module declares it: where it lives, how it runs, and the module's handler. Given to
 * {@link JobPipelines#create}, it becomes a running {@link JobPipeline}.
 *
 * <pre>
 * &#64;Bean
 * JobPipeline&lt;OrderId&gt; orderPipeline(JobPipelines pipelines, OrderConfirmation handler, PendingOrders pending) {
 * 	return pipelines.create(new Job&lt;&gt;(ORDERS, settings, handler, pending));
 * }
 * </pre>
 */
public record Job<M>(JobSpec<M> spec, JobSettings settings, JobHandler<M> handler, Sweep<M> sweep) {

	public static <M> Job<M> withoutSweep(JobSpec<M> spec, JobSettings settings, JobHandler<M> handler) {
		return new Job<>(spec, settings, handler, Sweep.none());
	}

	public String name() {
		return spec.name();
	}

}
