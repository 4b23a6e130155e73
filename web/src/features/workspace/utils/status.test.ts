import { describe, expect, it } from 'vitest';

import { DEPLOYMENT_STATUSES, GENERATION_STATUSES } from '../types';
import { deploymentRefetchMs, deploymentsRefetchMs, formatBytes, isDeploymentOver, isGenerationActive, LIVE_REFETCH_MS, RUNNING_APP_REFETCH_MS, statusLabel, statusTone } from './status';

describe('workspace status helpers', () => {
  it('follows a generation only while it is queued or running', () => {
    expect(GENERATION_STATUSES.filter(isGenerationActive)).toEqual(['QUEUED', 'RUNNING']);
  });

  it('calls a deployment over once it failed, was cancelled or its app stopped, not while its app runs', () => {
    expect(DEPLOYMENT_STATUSES.filter(isDeploymentOver)).toEqual(['FAILED', 'CANCELLED', 'STOPPED']);
  });

  it('follows a deployment every second while it starts, less often while its app runs, not once it is over', () => {
    expect(deploymentRefetchMs('BUILDING')).toBe(LIVE_REFETCH_MS);
    expect(deploymentRefetchMs('SUCCEEDED')).toBe(RUNNING_APP_REFETCH_MS);
    expect(deploymentRefetchMs('STOPPED')).toBe(false);
    expect(deploymentsRefetchMs(['STOPPED', 'SUCCEEDED', 'QUEUED'])).toBe(LIVE_REFETCH_MS);
    expect(deploymentsRefetchMs(['FAILED', 'CANCELLED'])).toBe(false);
  });

  it('gives every status a word and a tone that says good, bad or in progress', () => {
    expect(statusLabel('DEPLOYING')).toBe('Deploying');
    expect(statusTone('READY')).toBe('success');
    expect(statusTone('SUCCEEDED')).toBe('success');
    expect(statusTone('FAILED')).toBe('danger');
    expect(statusTone('BUILDING')).toBe('info');
    expect(statusTone('CANCELLED')).toBe('warning');
    expect(statusTone('STOPPED')).toBe('neutral');
  });

  it('prints sizes in the unit people read', () => {
    expect(formatBytes(12)).toBe('12 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(850 * 1024)).toBe('850 KB');
    expect(formatBytes(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});
