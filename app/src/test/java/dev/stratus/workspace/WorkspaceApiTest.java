package dev.stratus.workspace;

import dev.stratus.StratusApi;
import dev.stratus.identity.TestUsers;
import dev.stratus.platform.cloud.LocalCloudConnection;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the workspace's API tests share: the running app's API and a {@link WorkspaceFixture} over it.
 * The tests themselves carry {@code @IntegrationTest}.
 */
public abstract class WorkspaceApiTest {

	@Autowired
	protected StratusApi api;

	@Autowired
	private TestUsers testUsers;

	@Autowired
	private LocalCloudConnection cloud;

	protected WorkspaceFixture workspace;

	@BeforeEach
	void workspaceFixture() {
		workspace = new WorkspaceFixture(api, testUsers, cloud);
	}

	/** The local cloud, for tests that read the inbox themselves. */
	protected LocalCloudConnection cloud() {
		return cloud;
	}

}
