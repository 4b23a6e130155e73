import { describe, expect, it } from 'vitest';

import { chatMessage } from '../testing/assistant-fixtures';
import { latestModel, transcriptOf } from './transcript';

describe('transcriptOf', () => {
  it('puts older pages first and keeps each page in its order', () => {
    const newest = { items: [chatMessage({ id: 'm3' }), chatMessage({ id: 'm4' })], count: 2, nextToken: 't' };
    const older = { items: [chatMessage({ id: 'm1' }), chatMessage({ id: 'm2' })], count: 2 };

    expect(transcriptOf([newest, older]).map((message) => message.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(transcriptOf([])).toEqual([]);
  });
});

describe('latestModel', () => {
  it('names the model of the newest assistant message that says which', () => {
    expect(latestModel([chatMessage({ role: 'assistant', model: 'old' }), chatMessage({ role: 'assistant', model: 'local-analyser' }), chatMessage({ role: 'user' })])).toBe('local-analyser');
    expect(latestModel([chatMessage({ role: 'user' }), chatMessage({ role: 'assistant' })])).toBeUndefined();
  });
});
