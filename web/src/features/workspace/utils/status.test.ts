import { describe, expect, it } from 'vitest';

import { DEPLOYMENT_STATUSES, GENERATION_STATUSES } from '../types';
import { formatBytes, isDeploymentFinished, isGenerationActive, statusLabel, statusTone } from './status';

describe('workspace status helpers', () => {
  it('follows a generation only while it is queued or running', () => {
    expect(GENERATION_STATUSES.filter(isGenerationActive)).toEqual(['QUEUED', 'RUNNING']);
  });

  it('calls a deployment finished once it succeeded, failed or was cancelled', () => {
    expect(DEPLOYMENT_STATUSES.filter(isDeploymentFinished)).toEqual(['SUCCEEDED', 'FAILED', 'CANCELLED']);
  });

  it('gives every status a word and a tone that says good, bad or in progress', () => {
    expect(statusLabel('DEPLOYING')).toBe('Deploying');
    expect(statusTone('READY')).toBe('success');
    expect(statusTone('SUCCEEDED')).toBe('success');
    expect(statusTone('FAILED')).toBe('danger');
    expect(statusTone('BUILDING')).toBe('info');
    expect(statusTone('CANCELLED')).toBe('warning');
  });

  it('prints sizes in the unit people read', () => {
    expect(formatBytes(12)).toBe('12 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(850 * 1024)).toBe('850 KB');
    expect(formatBytes(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});
