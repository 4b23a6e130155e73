/**
 * The workspace module's entities, written by hand from docs/API.md ("Workspace (seed 001)")
 * while the back end is being built. Each type is the shape the server sends, with the fields
 * it may leave out marked optional. Once the routes are in docs/openapi.json, this file switches
 * to the generated schemas (e.g. `Project = Narrow<Sent<Schemas['ProjectResponse'], 'description'>,
 * { stack: Stack; visibility: Visibility; role: ProjectRole }>`, as customers/types.ts does) and
 * nothing else changes.
 */

export const STACKS = ['spring-boot', 'node-express', 'react-vite'] as const;
export type Stack = (typeof STACKS)[number];

export const VISIBILITIES = ['private', 'team'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Team roles per project; viewers only read. */
export const PROJECT_ROLES = ['owner', 'editor', 'viewer'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

/** `role` is the caller's. */
export type Project = {
  id: string;
  name: string;
  description?: string;
  stack: Stack;
  visibility: Visibility;
  role: ProjectRole;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
};

export type ProjectBody = { name: string; description?: string; stack: Stack; visibility: Visibility };

/** PUT is a partial update. */
export type ProjectUpdate = Partial<ProjectBody>;

export const FIELD_TYPES = ['string', 'text', 'integer', 'decimal', 'boolean', 'date', 'timestamp', 'uuid', 'enum'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const RELATION_KINDS = ['one-to-many', 'many-to-many'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export type SchemaField = { name: string; type: FieldType; required?: boolean; unique?: boolean; values?: string[] };
export type SchemaRelation = { name: string; target: string; kind: RelationKind };
/** `relations` may be left out when there are none. */
export type SchemaEntity = { name: string; fields: SchemaField[]; relations?: SchemaRelation[] };

/** What `PUT /projects/{id}/schema` takes; every entity also gets an `id` key field implicitly. */
export type SchemaBody = { entities: SchemaEntity[] };

/** One saved version. */
export type ProjectSchema = SchemaBody & { version: number; createdAt: string; createdBy: string };

/** A version in the history list; the server may send the entities too. */
export type SchemaVersionSummary = { version: number; createdAt: string; createdBy: string };

export type ArchitectureNode = { id: string; label: string; kind: string; x: number; y: number };
export type ArchitectureEdge = { id: string; source: string; target: string; label?: string };
export type ArchitectureBody = { nodes: ArchitectureNode[]; edges: ArchitectureEdge[] };
/** The stored diagram; the server may add its id, version and timestamps. */
export type Architecture = ArchitectureBody & { id?: string; version?: number; updatedAt?: string };

export const DIAGRAM_TYPES = ['image/png', 'image/svg+xml'] as const;
export type DiagramType = (typeof DIAGRAM_TYPES)[number];
export type DiagramUpload = { diagramData: string; contentType: DiagramType };

/** A presigned address and when it stops working. */
export type SignedUrl = { url: string; expiresAt: string };

export const GENERATION_STATUSES = ['QUEUED', 'RUNNING', 'READY', 'FAILED'] as const;
export type GenerationStatus = (typeof GENERATION_STATUSES)[number];

export type GenerationStarted = { id: string; status: GenerationStatus };

export type Generation = {
  id: string;
  projectId: string;
  status: GenerationStatus;
  schemaVersion?: number;
  files?: string[];
  sizeBytes?: number;
  error?: string;
  createdAt: string;
  completedAt?: string;
};

export const ENVIRONMENTS = ['dev', 'staging', 'prod'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export const DEPLOYMENT_STATUSES = ['QUEUED', 'BUILDING', 'DEPLOYING', 'SUCCEEDED', 'FAILED', 'CANCELLED'] as const;
export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

export type DeploymentBody = { environment: Environment; generationId: string };

/** `url` (the deployed app's base URL) is set once SUCCEEDED. */
export type Deployment = {
  id: string;
  projectId: string;
  environment: Environment;
  generationId: string;
  status: DeploymentStatus;
  url?: string;
  createdAt: string;
  updatedAt: string;
};

export type LogLine = { seq: number; timestamp: string; text: string };
/** `nextAfter`: the `after` of the next read. */
export type LogChunk = { lines: LogLine[]; nextAfter: number };

export type Member = { userId: string; email: string; name?: string; role: ProjectRole; joinedAt: string };
export type InvitationBody = { email: string; role: ProjectRole };
/** The server may answer with more (the invitation's id, its expiry). */
export type Invitation = { email?: string; role?: ProjectRole; expiresAt?: string };
/** What accepting answers; the project to go to, when the server names it. */
export type InvitationAccepted = { projectId?: string; role?: ProjectRole };

export type Activity = { id: string; type: string; projectId?: string; userId: string; summary: string; createdAt: string };

export type Home = { recentProjects: Project[]; recentActivity: Activity[] };

export type Dashboard = {
  projects: number;
  generations: number;
  teamMembers: number;
  deploymentsByStatus: Partial<Record<DeploymentStatus, number>>;
  activity24h: number;
};

/** What a list query asks for; part of its query key. */
export type PageFilters = { nextToken?: string; limit?: number };
