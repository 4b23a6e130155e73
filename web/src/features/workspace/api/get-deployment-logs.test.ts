import { describe, expect, it } from 'vitest';

import { appendChunk } from './get-deployment-logs';

const line = (seq: number) => ({ seq, timestamp: '2026-11-29T10:00:00.000Z', text: `line ${seq}` });

describe('appendChunk', () => {
  it('starts from the first chunk and reads on after its nextAfter', () => {
    expect(appendChunk(undefined, { lines: [line(1), line(2)], nextAfter: 2 })).toEqual({ lines: [line(1), line(2)], after: 2 });
  });

  it('adds only lines not already held, in seq order', () => {
    const state = { lines: [line(1), line(2)], after: 2 };
    expect(appendChunk(state, { lines: [line(4), line(2), line(3)], nextAfter: 4 })).toEqual({ lines: [line(1), line(2), line(3), line(4)], after: 4 });
  });

  it('keeps its place when a read brings nothing new', () => {
    const state = { lines: [line(1)], after: 1 };
    expect(appendChunk(state, { lines: [], nextAfter: 1 })).toEqual({ lines: [line(1)], after: 1 });
  });
});
