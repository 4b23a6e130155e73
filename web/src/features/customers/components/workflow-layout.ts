import type { AslChoiceRule, WorkflowDefinition } from '../workflow-definition';

/** How a state leaves for the next: `Next`, a Choice rule or its `Default`, or a `Catch`. */
export type TransitionKind = 'next' | 'choice' | 'default' | 'catch';

export type Transition = { id: string; source: string; target: string; kind: TransitionKind; label?: string };

export type PlacedState = {
  name: string;
  type: string;
  /** Row from the top: a state sits below every state that leads to it (loops aside). */
  layer: number;
  x: number;
  y: number;
  isStart: boolean;
};

export type WorkflowLayout = { states: PlacedState[]; transitions: Transition[]; width: number; height: number };

export type LayoutSizes = { nodeWidth: number; nodeHeight: number; gapX: number; gapY: number };

export const DEFAULT_SIZES: LayoutSizes = { nodeWidth: 170, nodeHeight: 64, gapX: 30, gapY: 44 };

const LABEL_LENGTH = 30;

function shorten(text: string): string {
  return text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH - 1)}…` : text;
}

const COMPARISONS: [RegExp, string][] = [
  [/GreaterThanEquals(Path)?$/, '>='],
  [/LessThanEquals(Path)?$/, '<='],
  [/GreaterThan(Path)?$/, '>'],
  [/LessThan(Path)?$/, '<'],
  [/Equals(Path)?$/, '=='],
];

/** "$.valid == true" for a simple rule; "rule 2" for a compound one (And, Or, Not). */
function ruleLabel(rule: AslChoiceRule, index: number): string {
  const operators = Object.keys(rule).filter((key) => key !== 'Next' && key !== 'Variable' && key !== 'Comment');
  const [operator] = operators;
  if (typeof rule.Variable !== 'string' || operators.length !== 1 || operator === undefined) return `rule ${index + 1}`;
  const symbol = COMPARISONS.find(([pattern]) => pattern.test(operator))?.[1] ?? operator;
  return shorten(`${rule.Variable} ${symbol} ${JSON.stringify(rule[operator])}`);
}

/** "Catch" for a catch-all (the dashed line already says so), else the errors it catches. */
function catchLabel(errors: readonly string[]): string | undefined {
  return errors.length === 0 || errors.includes('States.ALL') ? undefined : shorten(`Catch ${errors.join(', ')}`);
}

/** Every transition named in the document, in document order; two between the same states become one, labels joined. */
export function transitionsOf(definition: WorkflowDefinition): Transition[] {
  const byPair = new Map<string, Transition>();
  const add = (source: string, target: string | undefined, kind: TransitionKind, label?: string) => {
    if (target === undefined || !(target in definition.States)) return;
    const id = `${source}->${target}`;
    const existing = byPair.get(id);
    if (!existing) byPair.set(id, { id, source, target, kind, label });
    else if (label) existing.label = existing.label ? `${existing.label} / ${label}` : label;
  };
  for (const [name, state] of Object.entries(definition.States)) {
    state.Choices?.forEach((rule, index) => {
      add(name, rule.Next, 'choice', ruleLabel(rule, index));
    });
    add(name, state.Default, 'default', 'Default');
    add(name, state.Next, 'next');
    for (const catcher of state.Catch ?? []) add(name, catcher.Next, 'catch', catchLabel(catcher.ErrorEquals ?? []));
  }
  return [...byPair.values()];
}

/**
 * A deterministic layered layout of an ASL state machine, top to bottom: a depth-first walk from
 * `StartAt` (then from any state it does not reach, in document order) sets the order and finds
 * the transitions that loop back; without those the graph is acyclic, and each state takes the
 * row below the lowest state leading to it (longest path). Within a row, states keep the order in
 * which the walk found them, and each row is centred. Pure: the same document gives the same picture.
 */
export function layoutWorkflow(definition: WorkflowDefinition, sizes: LayoutSizes = DEFAULT_SIZES): WorkflowLayout {
  const transitions = transitionsOf(definition);
  const outgoing = new Map<string, string[]>();
  for (const t of transitions) outgoing.set(t.source, [...(outgoing.get(t.source) ?? []), t.target]);

  const found: string[] = [];
  const finished: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const loops = new Set<string>();
  const walk = (name: string) => {
    state.set(name, 'open');
    found.push(name);
    for (const target of outgoing.get(name) ?? []) {
      const seen = state.get(target);
      if (seen === 'open') loops.add(`${name}->${target}`);
      else if (seen === undefined) walk(target);
    }
    state.set(name, 'done');
    finished.push(name);
  };
  const names = Object.keys(definition.States);
  for (const root of [definition.StartAt, ...names]) {
    if (root in definition.States && !state.has(root)) walk(root);
  }

  // Reverse finishing order is a topological order once the loops are left out.
  const layer = new Map<string, number>(names.map((name) => [name, 0]));
  for (const name of [...finished].reverse()) {
    for (const target of outgoing.get(name) ?? []) {
      if (!loops.has(`${name}->${target}`)) layer.set(target, Math.max(layer.get(target) ?? 0, (layer.get(name) ?? 0) + 1));
    }
  }

  const rows: string[][] = [];
  for (const name of found) (rows[layer.get(name) ?? 0] ??= []).push(name);
  const rowWidth = (count: number) => count * sizes.nodeWidth + (count - 1) * sizes.gapX;
  const width = Math.max(0, ...rows.map((row) => rowWidth(row.length)));
  const states: PlacedState[] = rows.flatMap((row, index) =>
    row.map((name, column) => ({
      name,
      type: definition.States[name]?.Type ?? 'Unknown',
      layer: index,
      x: (width - rowWidth(row.length)) / 2 + column * (sizes.nodeWidth + sizes.gapX),
      y: index * (sizes.nodeHeight + sizes.gapY),
      isStart: name === definition.StartAt,
    })),
  );
  const height = rows.length === 0 ? 0 : rows.length * sizes.nodeHeight + (rows.length - 1) * sizes.gapY;
  return { states, transitions, width, height };
}
