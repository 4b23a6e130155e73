import { describe, expect, it } from 'vitest';

import { isExternal, safeUrl } from './safe-url';

describe('safeUrl', () => {
  it.each(['https://example.org/a?b=c#d', 'http://example.org', 'mailto:team@example.org', '/projects/p-1', 'docs/page', '#section', '?q=1', 'a/b:c'])(
    'keeps %s',
    (url) => {
      expect(safeUrl(url)).toBe(url);
    },
  );

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/svg+xml;base64,PHN2Zz4=',
    'file:///etc/passwd',
    'irc://example.org',
    'xmpp:someone@example.org',
  ])('drops %j', (url) => {
    expect(safeUrl(url)).toBe('');
  });
});

describe('isExternal', () => {
  it('tells other sites from the console', () => {
    expect(isExternal('https://example.org/x', 'http://localhost:8080')).toBe(true);
    expect(isExternal('http://localhost:8080/projects', 'http://localhost:8080')).toBe(false);
    expect(isExternal('/projects', 'http://localhost:8080')).toBe(false);
    expect(isExternal('mailto:a@b.example', 'http://localhost:8080')).toBe(false);
  });
});
