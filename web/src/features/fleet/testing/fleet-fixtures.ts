import type { AuditEntry, Instance, MetricSeries } from '../types';

export function instance(over: Partial<Instance> = {}): Instance {
  return {
    instanceId: 'i-0a1b2c3d4e5f60718',
    name: 'web-1',
    type: 't3.micro',
    state: 'running',
    statusChecks: 'ok',
    az: 'us-east-1a',
    region: 'us-east-1',
    privateIp: '10.0.16.10',
    publicIp: '54.160.0.20',
    launchTime: '2026-10-20T09:00:00.000Z',
    platform: 'Linux/UNIX',
    tags: { Name: 'web-1', env: 'prod', team: 'web' },
    simulated: true,
    ...over,
  };
}

export function series(over: Partial<MetricSeries> = {}): MetricSeries {
  return {
    metric: 'CPUUtilization',
    stat: 'Average',
    unit: 'Percent',
    periodSeconds: 60,
    points: [
      { timestamp: '2026-11-29T10:00:00.000Z', value: 12.5 },
      { timestamp: '2026-11-29T10:01:00.000Z', value: 40.25 },
      { timestamp: '2026-11-29T10:02:00.000Z', value: 7 },
    ],
    ...over,
  };
}

export function auditEntry(over: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 'audit-1',
    timestamp: '2026-11-29T10:05:00.000Z',
    userId: 'admin-id',
    userEmail: 'admin@stratus.test',
    action: 'reboot',
    instanceId: 'i-0a1b2c3d4e5f60718',
    reason: 'Kernel patch applied',
    result: 'ACCEPTED',
    requestId: 'req-1',
    sourceIp: '127.0.0.1',
    ...over,
  };
}
