import type { ComponentType } from 'react';

/**
 * What a project page's tab from another feature (documentation, the assistant...) is given of its
 * project. The workspace feature passes its own Project, which has these fields; the tab list is
 * put together in the app layer, because features never import each other.
 */
export type ProjectTabProject = { id: string; name: string; role: 'owner' | 'editor' | 'viewer' };

export type ProjectTabProps = { project: ProjectTabProject };

/** One more section of the project page: its address segment (`/projects/{id}/{id}`), link text and content. */
export type ProjectTabDefinition = { id: string; label: string; Panel: ComponentType<ProjectTabProps> };

/** Owners and editors change a project's content; viewers only read (the API answers 403). */
export function canChangeProject(project: ProjectTabProject): boolean {
  return project.role === 'owner' || project.role === 'editor';
}
