import { describe, expect, it } from 'vitest';

import { actionInputSchema } from '../api/act-on-instance';
import { canAct, confirmNameOf, followProgress, REBOOT_UNSEEN_MS } from './action-rules';

describe('canAct', () => {
  it('allows reboot and stop on a running instance only, and start on a stopped one only', () => {
    expect(['pending', 'running', 'stopping', 'stopped'].map((state) => canAct('reboot', state as never))).toEqual([false, true, false, false]);
    expect(['pending', 'running', 'stopping', 'stopped'].map((state) => canAct('stop', state as never))).toEqual([false, true, false, false]);
    expect(['pending', 'running', 'stopping', 'stopped', 'terminated'].map((state) => canAct('start', state as never))).toEqual([false, false, false, true, false]);
  });
});

describe('confirmNameOf', () => {
  it('asks for the name before a stop or reboot, the id when there is no name, and nothing before a start', () => {
    expect(confirmNameOf('reboot', { name: 'web-1', instanceId: 'i-1' })).toBe('web-1');
    expect(confirmNameOf('stop', { name: ' ', instanceId: 'i-1' })).toBe('i-1');
    expect(confirmNameOf('start', { name: 'web-1', instanceId: 'i-1' })).toBeUndefined();
  });
});

describe('actionInputSchema', () => {
  it('wants a reason of 3 to 500 characters and the name typed exactly', () => {
    const schema = actionInputSchema('web-1');
    const problems = (input: { reason: string; confirmation: string }) => schema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

    expect(problems({ reason: 'ok', confirmation: 'web-1' })).toEqual(['Give a reason of at least 3 characters']);
    expect(problems({ reason: 'x'.repeat(501), confirmation: 'web-1' })).toEqual(['At most 500 characters']);
    expect(problems({ reason: 'Patch', confirmation: 'web-2' })).toEqual(['Type web-1 exactly to confirm']);
    expect(problems({ reason: '  Patch  ', confirmation: ' web-1 ' })).toEqual([]);
  });

  it('wants nothing typed when no name is asked for', () => {
    expect(actionInputSchema(undefined).safeParse({ reason: 'Back to work', confirmation: '' }).success).toBe(true);
  });
});

describe('followProgress', () => {
  const running = { state: 'running', statusChecks: 'ok' } as const;
  const initializing = { state: 'running', statusChecks: 'initializing' } as const;

  it('follows a reboot through initializing checks until they are ok again', () => {
    expect(followProgress('reboot', running, false, 500)).toEqual({ text: 'Rebooting…', settled: false });
    expect(followProgress('reboot', initializing, true, 2_000)).toEqual({ text: 'Rebooting… status checks initializing', settled: false });
    expect(followProgress('reboot', running, true, 14_000)).toEqual({ text: 'Running, checks ok', settled: true });
  });

  it('takes a reboot whose checks never left ok to be over after a while', () => {
    expect(followProgress('reboot', running, false, REBOOT_UNSEEN_MS - 1).settled).toBe(false);
    expect(followProgress('reboot', running, false, REBOOT_UNSEEN_MS).settled).toBe(true);
  });

  it('follows a stop until stopped, and a start through pending until the checks are ok', () => {
    expect(followProgress('stop', running, false, 0)).toEqual({ text: 'Stop requested…', settled: false });
    expect(followProgress('stop', { state: 'stopping', statusChecks: 'not-applicable' }, true, 3_000)).toEqual({ text: 'Stopping…', settled: false });
    expect(followProgress('stop', { state: 'stopped', statusChecks: 'not-applicable' }, true, 8_000)).toEqual({ text: 'Stopped', settled: true });

    expect(followProgress('start', { state: 'stopped', statusChecks: 'not-applicable' }, false, 0).settled).toBe(false);
    expect(followProgress('start', { state: 'pending', statusChecks: 'not-applicable' }, true, 2_000).text).toBe('Starting… pending');
    expect(followProgress('start', initializing, true, 9_000)).toEqual({ text: 'Running, status checks initializing', settled: false });
    expect(followProgress('start', running, true, 20_000)).toEqual({ text: 'Running, checks ok', settled: true });
  });

  it('stops following when the instance went elsewhere, or after five minutes', () => {
    expect(followProgress('reboot', { state: 'stopped', statusChecks: 'not-applicable' }, true, 5_000)).toEqual({ text: 'Now stopped', settled: true });
    expect(followProgress('stop', { state: 'stopping', statusChecks: 'not-applicable' }, true, 5 * 60_000).settled).toBe(true);
  });
});
