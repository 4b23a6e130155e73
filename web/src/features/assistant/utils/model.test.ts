import { describe, expect, it } from 'vitest';

import { modelLabel } from './model';

describe('modelLabel', () => {
  it('says plainly that the local analyser is no AI model, and names any other model', () => {
    expect(modelLabel('local-analyser')).toBe('Local analyser — answers from this project’s data; not an AI model');
    expect(modelLabel('anthropic.claude-3-haiku')).toBe('Model: anthropic.claude-3-haiku');
  });
});
