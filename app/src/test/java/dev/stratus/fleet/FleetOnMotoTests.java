package dev.stratus.fleet;

import java.time.Clock;

import dev.stratus.IntegrationTest;
import dev.stratus.fleet.internal.AuditTable;
import dev.stratus.platform.web.PageTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The fleet contract against moto's EC2 and CloudWatch (see {@link MotoFleet}): the module's own {@link Fleet} and
 * EC2 adapter, with the app's page tokens and audit table, over SDK clients pointed at moto. Skipped, before the
 * app starts, where {@code moto_server} is not installed (a developer's laptop); the build machines have it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "dev.stratus.MotoServer#onPath",
		disabledReason = "moto_server not on PATH: skipping the moto cross-check")
class FleetOnMotoTests extends FleetContract {

	@Autowired
	PageTokens tokens;

	@Autowired
	AuditTable audit;

	@Autowired
	Clock clock;

	MotoFleet moto;

	Fleet fleet;

	@BeforeAll
	void startMoto() {
		moto = MotoFleet.start(tokens);
		fleet = new Fleet(moto.ec2Fleet(), audit, clock);
	}

	@AfterAll
	void stopMoto() {
		if (moto != null) {
			moto.close();
		}
	}

	@Override
	Fleet fleet() {
		return fleet;
	}

	@Override
	Seeded seeded() {
		return MotoFleet.SEEDED;
	}

}
