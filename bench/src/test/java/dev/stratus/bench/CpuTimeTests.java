package dev.stratus.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The CPU table's arithmetic, and its reading of /proc. */
class CpuTimeTests {

	@Test
	void dividesTheTicksSpentByTheCallsMadeAtTheStepsRate() {
		// 2 s at 100 calls/s is 200 calls; 50 ticks of 10 ms is 500 ms.
		CpuTime spent = new CpuTime(50, 5, 20, 10, 200, 2_000_000_000L);

		assertThat(spent.msPerCall(spent.app(), 100)).isCloseTo(2.5, within(1e-9));
		assertThat(spent.msPerCall(spent.started(), 100)).isCloseTo(1.0, within(1e-9));
		assertThat(spent.msPerCall(spent.app(), 0)).isZero();
	}

	@Test
	void tellsHowBusyTheMachineWasOfAllItsCpus() {
		// 2 s on 2 CPUs is 400 ticks to spend.
		CpuTime spent = new CpuTime(0, 0, 0, 0, 200, 2_000_000_000L);

		assertThat(spent.machineBusy(2)).isCloseTo(0.5, within(1e-9));
	}

	@Test
	void tellsWhatShareOfTheAppsCpuWentToCompiling() {
		assertThat(new CpuTime(50, 5, 0, 0, 0, 1L).jitShare()).isCloseTo(0.1, within(1e-9));
		assertThat(new CpuTime(0, 0, 0, 0, 0, 1L).jitShare()).isZero();
	}

	@Test
	void subtractsAnEarlierReading() {
		CpuTime before = new CpuTime(10, 4, 5, 1, 100, 1_000L);
		CpuTime after = new CpuTime(40, 6, 25, 2, 300, 3_000L);

		assertThat(after.since(before)).isEqualTo(new CpuTime(30, 2, 20, 1, 200, 2_000L));
	}

	@Test
	@EnabledOnOs(OS.LINUX)
	void readsAProcessesCpuTimeFromProc() {
		long pid = ProcessHandle.current().pid();
		long before = CpuTime.ticks(pid);
		long until = System.nanoTime() + 300_000_000L;
		long spin = 0;
		while (System.nanoTime() < until) {
			spin += Long.numberOfTrailingZeros(spin + 1);
		}

		assertThat(CpuTime.ticks(pid)).as("after %d spins", spin).isGreaterThan(before);
	}

	@Test
	@EnabledOnOs(OS.LINUX)
	void findsTheJitCompilerThreadsOfAJvm() {
		long pid = ProcessHandle.current().pid();

		assertThat(CpuTime.jitTicks(pid)).isPositive().isLessThanOrEqualTo(CpuTime.ticks(pid));
	}

}
