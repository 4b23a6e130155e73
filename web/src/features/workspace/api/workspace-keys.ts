import type { PageFilters } from '../types';

/**
 * Every query key of the workspace feature. Broader keys are prefixes of narrower ones, so a
 * mutation invalidates a whole family with one call (saving a schema: its current version and its
 * history; anything in a project: the home and dashboard summaries).
 */
export const workspaceKeys = {
  all: ['workspace'] as const,
  home: () => [...workspaceKeys.all, 'home'] as const,
  dashboard: () => [...workspaceKeys.all, 'dashboard'] as const,
  projects: {
    all: () => [...workspaceKeys.all, 'projects'] as const,
    list: (filters: PageFilters) => [...workspaceKeys.projects.all(), 'list', filters] as const,
    detail: (projectId: string) => [...workspaceKeys.projects.all(), 'detail', projectId] as const,
  },
  project: (projectId: string) => [...workspaceKeys.all, 'project', projectId] as const,
  schema: {
    all: (projectId: string) => [...workspaceKeys.project(projectId), 'schema'] as const,
    current: (projectId: string) => [...workspaceKeys.schema.all(projectId), 'current'] as const,
    versions: (projectId: string) => [...workspaceKeys.schema.all(projectId), 'versions'] as const,
    version: (projectId: string, version: number) => [...workspaceKeys.schema.all(projectId), 'version', version] as const,
  },
  architecture: {
    all: (projectId: string) => [...workspaceKeys.project(projectId), 'architecture'] as const,
    current: (projectId: string) => [...workspaceKeys.architecture.all(projectId), 'current'] as const,
    diagramUrl: (projectId: string) => [...workspaceKeys.architecture.all(projectId), 'diagram-url'] as const,
    /** The mutation key of image uploads (all projects: a mutation's key cannot name its variables). */
    uploads: () => [...workspaceKeys.all, 'diagram-uploads'] as const,
  },
  generations: {
    list: (projectId: string) => [...workspaceKeys.project(projectId), 'generations'] as const,
    detail: (generationId: string) => [...workspaceKeys.all, 'generation', generationId] as const,
  },
  deployments: {
    list: (projectId: string) => [...workspaceKeys.project(projectId), 'deployments'] as const,
    detail: (deploymentId: string) => [...workspaceKeys.all, 'deployment', deploymentId] as const,
    logs: (deploymentId: string) => [...workspaceKeys.deployments.detail(deploymentId), 'logs'] as const,
  },
  members: (projectId: string) => [...workspaceKeys.project(projectId), 'members'] as const,
};
