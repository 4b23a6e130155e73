package dev.stratus.workspace.web;

import java.time.Instant;
import java.util.List;

import dev.stratus.WebSliceTest;
import dev.stratus.platform.security.Role;
import dev.stratus.workspace.Analytics;
import dev.stratus.workspace.Chart;
import dev.stratus.workspace.ChartPeriod;
import dev.stratus.workspace.ChartType;
import dev.stratus.workspace.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static dev.stratus.WebSlice.as;
import static dev.stratus.WebSlice.invalidFields;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The analytics and notification routes' reading of query parameters, without the cloud. */
@WebSliceTest({ AnalyticsController.class, NotificationController.class })
class AnalyticsControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Analytics analytics;

	@MockitoBean
	Notifications notifications;

	@Test
	void answersBucketsWithTheirStartsInUtc() throws Exception {
		Instant start = Instant.parse("2026-01-15T00:00:00Z");
		when(analytics.chart(eq("user-1"), eq(ChartType.DEPLOYMENTS), eq(ChartPeriod.LAST_7_DAYS), isNull()))
			.thenReturn(new Chart(ChartType.DEPLOYMENTS, ChartPeriod.LAST_7_DAYS, List.of(new Chart.Bucket(start, 3))));

		mvc.perform(get("/api/analytics/chart-data?chartType=deployments&period=7d").with(as(Role.USER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.data.chartType").value("deployments"))
			.andExpect(jsonPath("$.data.period").value("7d"))
			.andExpect(jsonPath("$.data.buckets[0].start").value("2026-01-15T00:00:00.000Z"))
			.andExpect(jsonPath("$.data.buckets[0].count").value(3));
	}

	@Test
	void refusesUnknownOrMissingChartsAndPeriods() throws Exception {
		mvc.perform(get("/api/analytics/chart-data").with(as(Role.USER)))
			.andExpect(invalidFields("chartType", "period"));
		mvc.perform(get("/api/analytics/chart-data?chartType=users&period=1y").with(as(Role.USER)))
			.andExpect(invalidFields("chartType", "period"));
		verifyNoInteractions(analytics);
	}

	@Test
	void refusesAnUnreadFlagThatIsNotABoolean() throws Exception {
		mvc.perform(get("/api/notifications?unread=maybe&limit=0").with(as(Role.USER)))
			.andExpect(invalidFields("limit", "unread"));
		verifyNoInteractions(notifications);
	}

}
