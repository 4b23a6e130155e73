/**
 * The project workspace (seed 001): projects and their teams (owners, editors, viewers, invited by
 * email), and everything a project owns, kept in one partition per project of the {@code workspace}
 * table so that deleting a project removes it all. Other parts check a caller's role through
 * {@link dev.stratus.workspace.ProjectAccess}.
 */
@org.jspecify.annotations.NullMarked
package dev.stratus.workspace;
