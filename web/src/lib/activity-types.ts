/**
 * The activity types the platform writes (docs/API.md "Activity"), their words, and which of them
 * notify. Shared: the activity feed filters by them and the settings page sets preferences per type.
 * The server may add types the console does not know yet: those are shown with a label made from their name.
 */
export const ACTIVITY_TYPES = [
  'project_created',
  'project_updated',
  'project_deleted',
  'schema_saved',
  'architecture_saved',
  'architecture_diagram_published',
  'generation_requested',
  'generation_ready',
  'generation_failed',
  'deployment_requested',
  'deployment_success',
  'deployment_failed',
  'deployment_cancelled',
  'deployment_stopped',
  'team_member_invited',
  'team_member_added',
  'team_member_role_changed',
  'team_member_removed',
  'document_created',
  'document_updated',
  'document_deleted',
  'attachment_added',
  'attachment_removed',
  'profile_picture_changed',
  'assistant_message',
  'settings_updated',
  'security_alert',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

const ACTIVITY_LABELS: Record<ActivityType, string> = {
  project_created: 'Project created',
  project_updated: 'Project updated',
  project_deleted: 'Project deleted',
  schema_saved: 'Schema saved',
  architecture_saved: 'Architecture saved',
  architecture_diagram_published: 'Diagram published',
  generation_requested: 'Generation requested',
  generation_ready: 'Generation ready',
  generation_failed: 'Generation failed',
  deployment_requested: 'Deployment requested',
  deployment_success: 'Deployment succeeded',
  deployment_failed: 'Deployment failed',
  deployment_cancelled: 'Deployment cancelled',
  deployment_stopped: 'Deployment stopped',
  team_member_invited: 'Member invited',
  team_member_added: 'Member added',
  team_member_role_changed: 'Member role changed',
  team_member_removed: 'Member removed',
  document_created: 'Document created',
  document_updated: 'Document updated',
  document_deleted: 'Document deleted',
  attachment_added: 'Attachment added',
  attachment_removed: 'Attachment removed',
  profile_picture_changed: 'Profile picture changed',
  assistant_message: 'Assistant message',
  settings_updated: 'Settings updated',
  security_alert: 'Security alert',
};

/** The types that notify the users they concern (in-app, and by email when their preferences say so). */
export const CRITICAL_ACTIVITY_TYPES = [
  'deployment_failed',
  'deployment_success',
  'project_deleted',
  'team_member_added',
  'team_member_removed',
  'security_alert',
] as const satisfies readonly ActivityType[];

function isKnown(type: string): type is ActivityType {
  return (ACTIVITY_TYPES as readonly string[]).includes(type);
}

/** A type's words: the console's label, or one made from the name for a type it does not know yet. */
export function activityLabel(type: string): string {
  if (isKnown(type)) return ACTIVITY_LABELS[type];
  const words = type.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
