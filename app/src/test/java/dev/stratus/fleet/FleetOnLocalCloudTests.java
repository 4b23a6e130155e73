package dev.stratus.fleet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.stratus.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The fleet contract against the local cloud's simulated EC2 and CloudWatch, through the app's own {@link Fleet}
 * (its seeded fleet: twelve instances, build-agent and analytics-eu stopped). The instance the contract acts on,
 * worker-eu-1, is one the API tests only look up.
 */
@IntegrationTest
class FleetOnLocalCloudTests extends FleetContract {

	private static final Seeded SEEDED = new Seeded(regions(), Set.of("build-agent", "analytics-eu"), "m5.xlarge",
			Set.of("api-1", "api-eu-1", "directory-eu"), "WEB-", Set.of("web-1", "web-2", "web-eu-1"), "worker-eu-1",
			"web-eu-1");

	@Autowired
	Fleet fleet;

	@Override
	Fleet fleet() {
		return fleet;
	}

	@Override
	Seeded seeded() {
		return SEEDED;
	}

	private static Map<String, Integer> regions() {
		Map<String, Integer> regions = new LinkedHashMap<>();
		regions.put("us-east-1", 7);
		regions.put("eu-west-1", 5);
		return regions;
	}

}
