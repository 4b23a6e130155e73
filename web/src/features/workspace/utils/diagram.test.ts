import { describe, expect, it } from 'vitest';

import { diagramSvg, kindOf, utf8ToBase64 } from './diagram';

describe('diagramSvg', () => {
  const svg = diagramSvg({
    nodes: [
      { id: 'a', label: 'Web <app>', kind: 'client', x: 0, y: 0 },
      { id: 'b', label: 'Orders API', kind: 'service', x: 0, y: 120 },
    ],
    edges: [
      { id: 'e1', source: 'a', target: 'b', label: 'HTTPS & JSON' },
      { id: 'e2', source: 'a', target: 'gone' },
    ],
  });
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');

  it('is a well-formed SVG document with a box and two texts per node', () => {
    expect(document.querySelector('parsererror')).toBeNull();
    expect(document.documentElement.tagName).toBe('svg');
    expect(document.querySelectorAll('g rect')).toHaveLength(2);
    expect(Array.from(document.querySelectorAll('g text'), (t) => t.textContent)).toEqual(['Web <app>', 'Client', 'Orders API', 'Service']);
  });

  it('draws an edge between boxes that exist, from the bottom of its source to the top of its target', () => {
    const lines = document.querySelectorAll('line');
    expect(lines).toHaveLength(1);
    const line = lines[0];
    expect(Number(line?.getAttribute('y2')) - Number(line?.getAttribute('y1'))).toBe(120 - 56);
    expect(svg).toContain('HTTPS &amp; JSON');
  });

  it('escapes labels, so a label cannot add markup to the image', () => {
    const hostile = diagramSvg({ nodes: [{ id: 'x', label: '<script>alert(1)</script>', kind: 'service', x: 10, y: 10 }], edges: [] });
    expect(hostile).not.toContain('<script>');
  });
});

describe('diagram helpers', () => {
  it('encodes UTF-8 text as base64', () => {
    expect(atob(utf8ToBase64('Zürich'))).toBe('Z\u00c3\u00bcrich');
  });

  it('draws an unknown kind as a service', () => {
    expect(kindOf('mainframe')).toBe('service');
    expect(kindOf('queue')).toBe('queue');
  });
});
