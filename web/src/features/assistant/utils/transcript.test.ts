import { describe, expect, it } from 'vitest';

import { chatMessage } from '../testing/assistant-fixtures';
import { latestModel, transcriptOf } from './transcript';

describe('transcriptOf', () => {
  it('joins the pages in the order they were read, each in its own order', () => {
    const first = { items: [chatMessage({ id: 'm1' }), chatMessage({ id: 'm2' })], count: 2, nextToken: 't' };
    const next = { items: [chatMessage({ id: 'm3' }), chatMessage({ id: 'm4' })], count: 2 };

    expect(transcriptOf([first, next]).map((message) => message.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(transcriptOf([])).toEqual([]);
  });
});

describe('latestModel', () => {
  it('names the model of the newest assistant message that says which', () => {
    expect(latestModel([chatMessage({ role: 'assistant', model: 'old' }), chatMessage({ role: 'assistant', model: 'local-analyser' }), chatMessage({ role: 'user' })])).toBe('local-analyser');
    expect(latestModel([chatMessage({ role: 'user' }), chatMessage({ role: 'assistant' })])).toBeUndefined();
  });
});
