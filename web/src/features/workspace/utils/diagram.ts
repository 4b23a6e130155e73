import type { ArchitectureBody } from '../types';

/** The kinds of box the architecture editor offers; the API stores the kind as a plain string. */
export const NODE_KINDS = ['client', 'service', 'database', 'queue', 'storage', 'function'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const nodeKindLabels: Record<NodeKind, string> = {
  client: 'Client',
  service: 'Service',
  database: 'Database',
  queue: 'Queue',
  storage: 'Storage',
  function: 'Function',
};

/** Fill and border per kind, shared by the editor and the exported image so both look alike. */
export const nodeKindColours: Record<NodeKind, { fill: string; stroke: string }> = {
  client: { fill: '#eff6ff', stroke: '#1d4ed8' },
  service: { fill: '#f0fdf4', stroke: '#15803d' },
  database: { fill: '#fefce8', stroke: '#a16207' },
  queue: { fill: '#fdf4ff', stroke: '#a21caf' },
  storage: { fill: '#fff7ed', stroke: '#c2410c' },
  function: { fill: '#f1f5f9', stroke: '#334155' },
};

export function kindOf(kind: string): NodeKind {
  return (NODE_KINDS as readonly string[]).includes(kind) ? (kind as NodeKind) : 'service';
}

export const NODE_WIDTH = 160;
export const NODE_HEIGHT = 56;
const MARGIN = 24;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/**
 * The diagram as a standalone SVG document: a box per node at its position, a line with an arrow
 * per edge from the bottom of its source to the top of its target. Drawn from the data rather
 * than copied from the screen, so the image does not depend on the zoom, the browser or styles.
 */
export function diagramSvg({ nodes, edges }: ArchitectureBody): string {
  const minX = Math.min(0, ...nodes.map((n) => n.x));
  const minY = Math.min(0, ...nodes.map((n) => n.y));
  const width = Math.max(NODE_WIDTH, ...nodes.map((n) => n.x + NODE_WIDTH)) - minX + 2 * MARGIN;
  const height = Math.max(NODE_HEIGHT, ...nodes.map((n) => n.y + NODE_HEIGHT)) - minY + 2 * MARGIN;
  const at = (x: number, y: number) => ({ x: Math.round(x - minX + MARGIN), y: Math.round(y - minY + MARGIN) });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const lines = edges.flatMap((edge) => {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) return [];
    const from = at(source.x + NODE_WIDTH / 2, source.y + NODE_HEIGHT);
    const to = at(target.x + NODE_WIDTH / 2, target.y);
    const label = edge.label
      ? `<text x="${Math.round((from.x + to.x) / 2)}" y="${Math.round((from.y + to.y) / 2)}" font-size="11" text-anchor="middle" fill="#334155">${escapeXml(edge.label)}</text>`
      : '';
    return [`<line x1="${from.x}" y1="${from.y}" x2="${to.x}" y2="${to.y}" stroke="#475569" stroke-width="1.5" marker-end="url(#arrow)"/>${label}`];
  });
  const boxes = nodes.map((node) => {
    const { x, y } = at(node.x, node.y);
    const colour = nodeKindColours[kindOf(node.kind)];
    return (
      `<g><rect x="${x}" y="${y}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="6" fill="${colour.fill}" stroke="${colour.stroke}" stroke-width="2"/>` +
      `<text x="${x + NODE_WIDTH / 2}" y="${y + 22}" font-size="13" font-weight="600" text-anchor="middle" fill="#0f172a">${escapeXml(node.label)}</text>` +
      `<text x="${x + NODE_WIDTH / 2}" y="${y + 40}" font-size="11" text-anchor="middle" fill="#475569">${escapeXml(nodeKindLabels[kindOf(node.kind)])}</text></g>`
    );
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#475569"/></marker></defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...lines,
    ...boxes,
    '</svg>',
  ].join('');
}

/** Base64 of a text's UTF-8 bytes (btoa alone takes only Latin-1). */
export function utf8ToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
