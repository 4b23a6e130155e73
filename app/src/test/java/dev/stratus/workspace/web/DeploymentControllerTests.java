package dev.stratus.workspace.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import dev.stratus.WebSliceTest;
import dev.stratus.platform.security.Role;
import dev.stratus.workspace.Deployment;
import dev.stratus.workspace.DeploymentLog;
import dev.stratus.workspace.Deployments;
import dev.stratus.workspace.Person;
import dev.stratus.workspace.StartedDeployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static dev.stratus.WebSlice.as;
import static dev.stratus.WebSlice.invalidFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The deployment routes' reading and checking of requests, and their answers' shapes, without the cloud. */
@WebSliceTest(DeploymentController.class)
class DeploymentControllerTests {

	private static final Instant AT = Instant.parse("2026-01-02T03:04:05.678Z");

	private static final String GENERATION = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Deployments deployments;

	@Test
	void keepsTheEnvironmentsInStepWithTheDomain() {
		assertThat(String.join("|", Deployment.ENVIRONMENTS)).isEqualTo(DeploymentRequests.ENVIRONMENTS);
	}

	@Test
	void queuesADeploymentAndShowsNoUrlUntilItIsLive() throws Exception {
		Deployment queued = new Deployment("d-1", "p-1", "staging", GENERATION, Deployment.Status.QUEUED, null, null,
				AT, AT, "user-1");
		when(deployments.start(eq("p-1"), eq("staging"), eq(GENERATION), any(Person.class), eq("k-1")))
			.thenReturn(new StartedDeployment(queued, false));

		mvc.perform(post("/api/projects/p-1/deployments").with(as(Role.GUEST))
			.header("Idempotency-Key", "k-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"environment\": \"staging\", \"generationId\": \"" + GENERATION + "\"}"))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Idempotent-Replayed", "false"))
			.andExpect(jsonPath("$.data.status").value("QUEUED"))
			.andExpect(jsonPath("$.data.createdAt").value("2026-01-02T03:04:05.678Z"))
			.andExpect(jsonPath("$.data.url").doesNotExist())
			.andExpect(jsonPath("$.data.reason").doesNotExist());
	}

	@Test
	void refusesAnUnknownEnvironmentAMalformedGenerationIdAndABadKeyInOneAnswer() throws Exception {
		mvc.perform(post("/api/projects/p-1/deployments").with(as(Role.GUEST))
			.header("Idempotency-Key", "not a key")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"environment\": \"moon\", \"generationId\": \"gen-1\"}"))
			.andExpect(invalidFields("Idempotency-Key", "environment", "generationId"));
		mvc.perform(get("/api/projects/p-1/deployments?environment=moon&limit=0").with(as(Role.GUEST)))
			.andExpect(invalidFields("environment", "limit"));
		mvc.perform(get("/api/deployments/d-1/logs?after=-1&limit=1001").with(as(Role.GUEST)))
			.andExpect(invalidFields("after", "limit"));
		verifyNoInteractions(deployments);
	}

	@Test
	void readsTheLogAfterTheGivenLine() throws Exception {
		when(deployments.logs("d-1", "user-1", 7, 200)).thenReturn(
				new DeploymentLog(List.of(new DeploymentLog.Line(8, AT, "[INFO] BUILD SUCCESS")), 8));

		mvc.perform(get("/api/deployments/d-1/logs?after=7").with(as(Role.GUEST)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.data.lines[0].seq").value(8))
			.andExpect(jsonPath("$.data.lines[0].timestamp").value("2026-01-02T03:04:05.678Z"))
			.andExpect(jsonPath("$.data.lines[0].text").value("[INFO] BUILD SUCCESS"))
			.andExpect(jsonPath("$.data.nextAfter").value(8));
	}

	@Test
	void showsTheUrlOfALiveDeployment() throws Exception {
		when(deployments.find("d-1", "user-1")).thenReturn(new Deployment("d-1", "p-1", "dev", GENERATION,
				Deployment.Status.SUCCEEDED, URI.create("http://127.0.0.1:40001"), null, AT, AT, "user-1"));

		mvc.perform(get("/api/deployments/d-1").with(as(Role.GUEST)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.data.url").value("http://127.0.0.1:40001"));
		verify(deployments).find("d-1", "user-1");
	}

}
