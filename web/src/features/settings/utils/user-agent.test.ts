import { describe, expect, it } from 'vitest';

import { summarizeUserAgent } from './user-agent';

describe('summarizeUserAgent', () => {
  it('names the browser, its major version and the system', () => {
    expect(summarizeUserAgent('Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0')).toBe('Firefox 133 on Linux');
    expect(summarizeUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36')).toBe('Chrome 131 on Windows');
    expect(summarizeUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0')).toBe('Edge 131 on Windows');
    expect(summarizeUserAgent('Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1')).toBe('Safari 18 on iOS');
    expect(summarizeUserAgent('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15')).toBe('Safari 17 on macOS');
  });

  it('keeps a tool’s own name and says when nothing is known', () => {
    expect(summarizeUserAgent('curl/8.5.0')).toBe('curl/8.5.0');
    expect(summarizeUserAgent('')).toBe('Unknown device');
    expect(summarizeUserAgent(undefined)).toBe('Unknown device');
  });
});
