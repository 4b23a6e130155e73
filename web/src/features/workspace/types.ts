import type { Narrow, Schemas, Sent } from '@/lib/typed-api';

/**
 * The workspace module's entities, from the OpenAPI document (docs/openapi.json). The document
 * types the enumerations as plain strings and every field as optional; the server only ever sends
 * these values, and always sends the fields not listed as optional here (docs/API.md "Workspace
 * (seed 001)").
 */
export const STACKS = ['spring-boot', 'node-express', 'react-vite'] as const;
export type Stack = (typeof STACKS)[number];

export const VISIBILITIES = ['private', 'team'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Team roles per project; viewers only read. */
export const PROJECT_ROLES = ['owner', 'editor', 'viewer'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

/** `role` is the caller's. */
export type Project = Narrow<Sent<Schemas['ProjectResponse'], 'description'>, { stack: Stack; visibility: Visibility; role: ProjectRole }>;

export type ProjectBody = Narrow<Sent<Schemas['NewProject'], 'description'>, { stack: Stack; visibility: Visibility }>;

/** PUT is a partial update; an empty description removes it. */
export type ProjectUpdate = Partial<ProjectBody>;

export const FIELD_TYPES = ['string', 'text', 'integer', 'decimal', 'boolean', 'date', 'timestamp', 'uuid', 'enum'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const RELATION_KINDS = ['one-to-many', 'many-to-many'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export type SchemaField = Narrow<Sent<Schemas['FieldBody'], 'required' | 'unique' | 'values'>, { type: FieldType }>;
export type SchemaRelation = Narrow<Sent<Schemas['RelationBody']>, { kind: RelationKind }>;
/** `relations` may be left out when there are none. */
export type SchemaEntity = Narrow<Sent<Schemas['EntityBody'], 'relations'>, { fields: SchemaField[]; relations?: SchemaRelation[] }>;

/** What `PUT /projects/{id}/schema` takes; every entity also gets an `id` key field implicitly. */
export type SchemaBody = { entities: SchemaEntity[] };

/** One saved version. */
export type ProjectSchema = Narrow<Sent<Schemas['SchemaResponse']>, { entities: SchemaEntity[] }>;

/** A version in the history list. */
export type SchemaVersionSummary = Sent<Schemas['SchemaVersionResponse']>;

export type ArchitectureNode = Sent<Schemas['Node']>;
export type ArchitectureEdge = Sent<Schemas['Edge'], 'label'>;
export type ArchitectureBody = { nodes: ArchitectureNode[]; edges: ArchitectureEdge[] };
/** A saved version; `id` is the architecture's, the same in every version. */
/** `image`: the published image's details, once one is published (the current version only). */
export type Architecture = Narrow<Sent<Schemas['ArchitectureResponse'], 'image'>, ArchitectureBody>;

export type ArchitectureVersionSummary = Sent<Schemas['ArchitectureVersionResponse']>;

export const DIAGRAM_TYPES = ['image/png', 'image/svg+xml'] as const;
export type DiagramType = (typeof DIAGRAM_TYPES)[number];
export type DiagramUpload = Narrow<Sent<Schemas['DiagramBody']>, { contentType: DiagramType }>;
/** The image as published, after the server checked its content. */
export type PublishedDiagram = Narrow<Sent<Schemas['DiagramResponse']>, { contentType: DiagramType }>;

/** A presigned address and when it stops working. */
export type SignedUrl = Sent<Schemas['LinkResponse']>;

export const GENERATION_STATUSES = ['QUEUED', 'RUNNING', 'READY', 'FAILED'] as const;
export type GenerationStatus = (typeof GENERATION_STATUSES)[number];

export type GenerationStarted = Narrow<Sent<Schemas['GenerationStarted']>, { status: GenerationStatus }>;

/** `files` is empty and `sizeBytes` absent until READY; `error` says why it FAILED. */
export type Generation = Narrow<Sent<Schemas['GenerationResponse'], 'sizeBytes' | 'error' | 'completedAt'>, { status: GenerationStatus }>;

export const ENVIRONMENTS = ['dev', 'staging', 'prod'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

/** SUCCEEDED becomes STOPPED once the live app stops (replaced, cancelled, exited, or Stratus stopped). */
export const DEPLOYMENT_STATUSES = ['QUEUED', 'BUILDING', 'DEPLOYING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'STOPPED'] as const;
export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

export type DeploymentBody = Narrow<Sent<Schemas['NewDeployment']>, { environment: Environment }>;

/** `url` (the live app's base URL) only while SUCCEEDED; `reason` says why it failed, was cancelled or stopped. */
export type Deployment = Narrow<Sent<Schemas['DeploymentResponse'], 'url' | 'reason'>, { environment: Environment; status: DeploymentStatus }>;

export type LogLine = Sent<Schemas['LineResponse']>;
/** `nextAfter`: the `after` of the next read. */
export type LogChunk = Narrow<Sent<Schemas['LogResponse']>, { lines: LogLine[] }>;

export type Member = Narrow<Sent<Schemas['MemberResponse']>, { role: ProjectRole }>;
export type InvitationBody = Narrow<Sent<Schemas['NewInvitation']>, { role: ProjectRole }>;
export type Invitation = Narrow<Sent<Schemas['InvitationResponse']>, { role: ProjectRole }>;

export type Activity = Sent<Schemas['ActivityResponse'], 'projectId'>;

export type Home = Narrow<Sent<Schemas['HomeResponse']>, { recentProjects: Project[]; recentActivity: Activity[] }>;

/** `deploymentsByStatus` names every status, 0 when none. */
export type Dashboard = Narrow<Sent<Schemas['DashboardResponse']>, { deploymentsByStatus: Partial<Record<DeploymentStatus, number>> }>;

/** What a list query asks for; part of its query key. */
export type PageFilters = { nextToken?: string; limit?: number };
