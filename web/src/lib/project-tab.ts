/**
 * What a project page's tab from another feature (documentation, the assistant...) is given of its
 * project. The workspace feature passes its own Project, which has these fields; the tabs are
 * handed to the project page by the app layer (app/routes/project-tab-extensions.tsx), because
 * features never import each other.
 */
export type ProjectTabProject = { id: string; name: string; role: 'owner' | 'editor' | 'viewer' };

export type ProjectTabProps = { project: ProjectTabProject };

/** Owners and editors change a project's content; viewers only read (the API answers 403). */
export function canChangeProject(project: ProjectTabProject): boolean {
  return project.role === 'owner' || project.role === 'editor';
}
