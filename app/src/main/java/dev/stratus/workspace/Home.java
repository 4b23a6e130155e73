package dev.stratus.workspace;

import java.util.List;

/** A user's start page: their newest projects and what they did lately, newest first. */
public record Home(List<Project> recentProjects, List<Activity> recentActivity) {
}
