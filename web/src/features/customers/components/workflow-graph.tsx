import '@xyflow/react/dist/style.css';
import './workflow-graph.css';

import { Controls, Handle, MarkerType, Position, ReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react';
import { useMemo } from 'react';

import { cn } from '@/components/ui/cn';

import type { ExecutionStep } from '../types';
import type { WorkflowDefinition } from '../workflow-definition';
import { OutcomeIcon, outcomeLabel, outcomeNodeClasses, outcomeOfState, type Outcome } from './outcome';
import { DEFAULT_SIZES, layoutWorkflow, type Transition } from './workflow-layout';

type StateData = { name: string; type: string; outcome: Outcome; isStart: boolean };
type StateNode = Node<StateData, 'state'>;

/** A state as a box: name, type and outcome in words, its colour only repeating them. */
function StateBox({ data }: NodeProps<StateNode>) {
  const label = outcomeLabel(data.outcome);
  const text = (
    <>
      <span className="block truncate font-semibold">
        {data.isStart && <span className="sr-only">Start: </span>}
        {data.name}
      </span>
      <span className="flex items-center gap-1 text-[11px]">
        <span className="truncate">{data.type}</span>
        <span aria-hidden="true">·</span>
        <OutcomeIcon outcome={data.outcome} />
        <span>{label}</span>
      </span>
    </>
  );
  return (
    <div
      className={cn('rounded-md border-2 text-left text-xs shadow-sm', outcomeNodeClasses(data.outcome), data.isStart && 'ring-2 ring-slate-500 ring-offset-1')}
      style={{ width: DEFAULT_SIZES.nodeWidth, height: DEFAULT_SIZES.nodeHeight }}
    >
      <Handle type="target" position={Position.Top} isConnectable={false} style={{ opacity: 0 }} />
      {data.outcome === 'not-entered' ? (
        <div className="h-full px-2 py-2">{text}</div>
      ) : (
        // The graph's onNodeClick acts on it (a click, or Enter and Space on the focused button).
        <button
          type="button"
          className="nodrag h-full w-full cursor-pointer rounded px-2 py-2 text-left focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
          title={`Show the step of ${data.name} in the history`}
        >
          {text}
        </button>
      )}
      <Handle type="source" position={Position.Bottom} isConnectable={false} style={{ opacity: 0 }} />
    </div>
  );
}

const nodeTypes = { state: StateBox };

/** Transitions this execution took: each step leads to the next one entered. */
function takenTransitions(steps: readonly ExecutionStep[]): Set<string> {
  const taken = new Set<string>();
  steps.forEach((step, index) => {
    const next = steps[index + 1];
    if (next) taken.add(`${step.name}->${next.name}`);
  });
  return taken;
}

function edgeOf(transition: Transition, taken: boolean): Edge {
  const colour = taken ? '#1e293b' : '#94a3b8';
  return {
    id: transition.id,
    source: transition.source,
    target: transition.target,
    type: 'smoothstep',
    label: transition.label,
    labelStyle: { fontSize: 10, fill: '#334155' },
    labelBgStyle: { fill: '#f8fafc' },
    markerEnd: { type: MarkerType.ArrowClosed, color: colour },
    style: { stroke: colour, strokeWidth: taken ? 2 : 1, strokeDasharray: transition.kind === 'catch' ? '5 4' : undefined },
  };
}

type WorkflowGraphProps = {
  definition: WorkflowDefinition;
  steps: readonly ExecutionStep[];
  /** A state's box was chosen: show its (last) step. */
  onShowState: (name: string) => void;
};

/**
 * The workflow as a graph, each state coloured by its outcome in this execution. It pans and
 * zooms inside its own box (buttons bottom left), so a narrow screen never scrolls sideways.
 */
export function WorkflowGraph({ definition, steps, onShowState }: WorkflowGraphProps) {
  const layout = useMemo(() => layoutWorkflow(definition), [definition]);
  const nodes = useMemo<StateNode[]>(
    () =>
      layout.states.map((state) => ({
        id: state.name,
        type: 'state',
        position: { x: state.x, y: state.y },
        data: { name: state.name, type: state.type, outcome: outcomeOfState(state.name, steps), isStart: state.isStart },
        draggable: false,
        selectable: false,
      })),
    [layout, steps],
  );
  const edges = useMemo(() => {
    const taken = takenTransitions(steps);
    return layout.transitions.map((transition) => edgeOf(transition, taken.has(transition.id)));
  }, [layout, steps]);

  return (
    <div className="workflow-graph h-[26rem] w-full overflow-hidden rounded-lg border border-slate-200 bg-slate-50 sm:h-[32rem]">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        // Also what lets a node take pointer events at all when nothing is draggable or selectable.
        onNodeClick={(_, node) => {
          if (node.data.outcome !== 'not-entered') onShowState(node.id);
        }}
        fitView
        fitViewOptions={{ padding: 0.1 }}
        minZoom={0.2}
        maxZoom={1.5}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        zoomOnScroll={false}
        preventScrolling={false}
      >
        <Controls showInteractive={false} position="bottom-left" />
      </ReactFlow>
    </div>
  );
}
