import type { Narrow, Schemas, Sent } from '@/lib/typed-api';

/**
 * The fleet module's entities, from the OpenAPI document (docs/openapi.json). The document types
 * states, metrics and results as plain strings and every field as optional; the server only ever
 * sends these values, and always sends the fields not listed as optional here (docs/API.md "Fleet").
 */
export const INSTANCE_STATES = ['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'terminated'] as const;
export type InstanceState = (typeof INSTANCE_STATES)[number];

/** From DescribeInstanceStatus; `not-applicable` when the instance is not running. */
export const STATUS_CHECKS = ['ok', 'initializing', 'impaired', 'not-applicable'] as const;
export type StatusChecks = (typeof STATUS_CHECKS)[number];

/** The regions the fleet spans; no region means all of them. */
export const REGIONS = ['us-east-1', 'eu-west-1'] as const;
export type Region = (typeof REGIONS)[number];

/**
 * The types offered by the type filter: those of the simulated fleet. The API takes any type, and
 * a type named in the address is offered too.
 */
export const KNOWN_INSTANCE_TYPES = ['t3.micro', 't3.large', 'm5.xlarge', 'c6g.large'] as const;

/** `publicIp` only for instances that have one; `privateIp` is absent once an instance is terminated. */
export type Instance = Narrow<
  Sent<Schemas['InstanceResponse'], 'publicIp' | 'privateIp'>,
  { state: InstanceState; statusChecks: StatusChecks; tags: Record<string, string> }
>;

export const METRICS = ['CPUUtilization', 'NetworkIn', 'NetworkOut', 'DiskReadBytes', 'DiskWriteBytes', 'StatusCheckFailed'] as const;
export type Metric = (typeof METRICS)[number];

export const PERIODS = ['1h', '6h', '24h', '7d'] as const;
export type Period = (typeof PERIODS)[number];

export const STATS = ['Average', 'Maximum', 'Sum'] as const;
export type Stat = (typeof STATS)[number];

export type MetricPoint = Sent<Schemas['PointResponse']>;

/** Points oldest first, `periodSeconds` apart. */
export type MetricSeries = Narrow<Sent<Schemas['MetricsResponse']>, { metric: Metric; stat: Stat; points: MetricPoint[] }>;

export const FLEET_ACTIONS = ['reboot', 'stop', 'start'] as const;
export type FleetAction = (typeof FLEET_ACTIONS)[number];

export type ActionAccepted = Narrow<Sent<Schemas['ActionResponse']>, { action: FleetAction; status: 'ACCEPTED' }>;

/** `PENDING` while an accepted action's EC2 call is under way (at most a minute). */
export const AUDIT_RESULTS = ['ACCEPTED', 'REJECTED', 'FAILED', 'PENDING'] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

/** `error` only for a refused or failed action. */
export type AuditEntry = Narrow<Sent<Schemas['AuditResponse'], 'error'>, { action: FleetAction; result: AuditResult }>;

/** What an instance list asks for; part of its query key. */
export type InstanceFilters = { state?: InstanceState; type?: string; region?: Region; search?: string; nextToken?: string; limit?: number };

/** What an audit list asks for; part of its query key. `from` and `to` are ISO-8601 instants, inclusive. */
export type AuditFilters = { instanceId?: string; userId?: string; action?: FleetAction; from?: string; to?: string; nextToken?: string; limit?: number };

export type MetricQuery = { metric: Metric; period: Period; stat: Stat };
