import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { Markdown } from './markdown';

/** Payloads from the OWASP XSS filter evasion cheat sheet, in markdown and as raw HTML inside it. */
const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '<IMG SRC=x OnErRoR=alert(1)>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](  javascript:alert(1))',
  '[click](java&#x09;script:alert(1))',
  '[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))',
  '[click](vbscript:msgbox(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click][ref]\n\n[ref]: javascript:alert(1)',
  '<javascript:alert(1)>',
  '![x](javascript:alert(1))',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '<a href="jAvAsCrIpT:alert(1)">click</a>',
  '<a href="data:text/html,<script>alert(1)</script>">click</a>',
  '<iframe src="https://evil.example/"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<svg onload="alert(1)"><circle r="1"/></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<div style="background:url(javascript:alert(1))">styled</div>',
  '<p style="position:fixed;inset:0">cover</p>',
  '<a href="https://ok.example" onclick="alert(1)" onmouseover="alert(1)">ok</a>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<input autofocus onfocus="alert(1)">',
  '<details open ontoggle="alert(1)">x</details>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel="stylesheet" href="javascript:alert(1)">',
  '<style>body{background:red}</style>',
  '<body onload="alert(1)">',
  '<video><source onerror="alert(1)"></video>',
  '<a href="#" xlink:href="javascript:alert(1)">x</a>',
  '<scr<script>ipt>alert(1)</script>',
  '`<script>alert(1)</script>` and\n\n```html\n<script>alert(1)</script>\n```',
];

/** What may never reach the DOM from a page. */
function problems(container: HTMLElement): string[] {
  const found: string[] = [];
  for (const element of container.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'form', 'input', 'base', 'meta', 'link', 'style', 'svg', 'math', 'video', 'source', 'body'].includes(tag)) {
      found.push(`<${tag}>`);
    }
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.replace(/[\s\p{Cc}]/gu, '').toLowerCase();
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (name === 'style' || name === 'srcdoc' || name.includes('xlink')) found.push(`${tag}[${name}]`);
      if (/^(javascript|vbscript|data):/.test(value)) found.push(`${tag}[${name}=${attribute.value}]`);
      if (['href', 'src', 'action', 'formaction', 'data'].includes(name) && !/^(https?:|mailto:|#|\/|[^:]*$)/.test(value)) {
        found.push(`${tag}[${name}=${attribute.value}]`);
      }
    }
  }
  return [...new Set(found)];
}

describe('Markdown', () => {
  it('is checked by a check that finds what it looks for', () => {
    const container = document.createElement('div');
    container.innerHTML = '<a href="jAvAsCrIpT:x">a</a><img src="x" onerror="y"><p style="color:red">s</p><iframe></iframe><a href="data:text/html,x">d</a>';

    expect(problems(container)).toEqual(['a[href=jAvAsCrIpT:x]', 'img[onerror]', 'p[style]', '<iframe>', 'a[href=data:text/html,x]']);
  });

  it.each(payloads)('renders %j without script, handlers, styles or unsafe addresses', (payload) => {
    const { container } = render(<Markdown>{`# Page\n\n${payload}\n\nafter`}</Markdown>);

    expect(problems(container)).toEqual([]);
    expect(container).toHaveTextContent('after');
  });

  it('renders the markdown people write: headings, emphasis, lists, code and GitHub tables', () => {
    const { container, getByRole } = render(
      <Markdown>{'# Title\n\nSome *emphasis* and `code`.\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~'}</Markdown>,
    );

    expect(getByRole('heading', { level: 1, name: 'Title' })).toBeInTheDocument();
    expect(container.querySelector('em')).toHaveTextContent('emphasis');
    expect(getByRole('list')).toHaveTextContent(/one\s*two/);
    expect(getByRole('table')).toHaveTextContent(/1\s*2/);
    expect(container.querySelector('del')).toHaveTextContent('gone');
  });

  it('opens external links in a new tab without access to the console, and keeps relative ones as they are', () => {
    const { getByRole } = render(<Markdown>{'[out](https://example.org/x) [in](/projects/p-1/docs) [top](#title) [mail](mailto:a@b.example)'}</Markdown>);

    expect(getByRole('link', { name: 'out' })).toHaveAttribute('href', 'https://example.org/x');
    expect(getByRole('link', { name: 'out' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(getByRole('link', { name: 'out' })).toHaveAttribute('target', '_blank');
    expect(getByRole('link', { name: 'in' })).toHaveAttribute('href', '/projects/p-1/docs');
    expect(getByRole('link', { name: 'in' })).not.toHaveAttribute('target');
    expect(getByRole('link', { name: 'top' })).toHaveAttribute('href', '#title');
    expect(getByRole('link', { name: 'mail' })).toHaveAttribute('href', 'mailto:a@b.example');
  });

  it('keeps the text of a link whose address was dropped, as plain text rather than a link', () => {
    const { container, queryByRole } = render(<Markdown>{'[click me](javascript:alert(1))'}</Markdown>);

    expect(queryByRole('link')).not.toBeInTheDocument();
    expect(container).toHaveTextContent('click me');
  });
});
