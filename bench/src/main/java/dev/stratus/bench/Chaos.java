package dev.stratus.bench;

import java.util.List;

/**
 * {@code ./stratus chaos}: fault tests. Each scenario prints PASS or FAIL with its figures; the
 * process exits non-zero when any check failed. {@code --quick} runs every scenario shorter.
 */
public final class Chaos {

	private Chaos() {
	}

	public static void main(String[] args) {
		Run run = Run.start("chaos", args);
		Throwable failure = null;
		try {
			scenario(run, "kill -9 under load", () -> KillScenario.run(run));
			scenario(run, "kill -9 mid-workflow", () -> WorkflowKillScenario.run(run));
			scenario(run, "kill -9 mid-change", () -> ActivityKillScenario.run(run));
			scenario(run, "SIGTERM under load", () -> ShutdownScenario.run(run));
			run.progress.step("starting the shared local cloud and two app instances");
			SharedCloud cloud = new SharedCloud(run);
			AppProcess a = cloud.app("app-a");
			AppProcess b = cloud.app("app-b");
			scenario(run, "two instances race for the last items", () -> Correctness.noOversell(run,
					List.of(Correctness.Session.admin(a), Correctness.Session.admin(b)), "two instances racing"));
			run.stop(b);
			scenario(run, "poison message", () -> PoisonScenario.run(run, cloud, a));
			scenario(run, "mail server down", () -> MailScenario.run(run, cloud, a));
			scenario(run, "local cloud stopped under load", () -> OutageScenario.run(run, cloud, a));
		}
		catch (RuntimeException | Error ex) {
			failure = ex;
			ex.printStackTrace();
		}
		System.exit(run.finish(failure));
	}

	/** Runs one scenario; one that breaks down is a FAIL and the next one still runs. */
	private static void scenario(Run run, String name, Runnable scenario) {
		run.progress.step(name);
		try {
			scenario.run();
		}
		catch (RuntimeException ex) {
			ex.printStackTrace();
			run.report.check(Check.of(name + " ran to the end", false,
					ex.getClass().getSimpleName() + ": " + ex.getMessage()));
		}
	}

}
