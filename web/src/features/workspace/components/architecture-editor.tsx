import '@xyflow/react/dist/style.css';
import './architecture-editor.css';

import {
  addEdge,
  Background,
  Controls,
  Handle,
  MarkerType,
  Position,
  ReactFlow,
  useEdgesState,
  useNodesState,
  type Connection,
  type Edge,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { errorMessage } from '@/lib/api-client';
import { newId } from '@/lib/ids';

import { useSaveArchitecture } from '../api/save-architecture';
import { MAX_DIAGRAM_BYTES, useUploadDiagram } from '../api/upload-diagram';
import type { ArchitectureBody } from '../types';
import { formatBytes } from '../utils/status';
import { diagramSvg, kindOf, NODE_HEIGHT, NODE_KINDS, NODE_WIDTH, nodeKindColours, nodeKindLabels, utf8ToBase64, type NodeKind } from '../utils/diagram';

type BoxData = { label: string; kind: NodeKind; connectable: boolean };
type BoxNode = Node<BoxData, 'box'>;

function Box({ data, selected }: NodeProps<BoxNode>) {
  const colour = nodeKindColours[data.kind];
  return (
    <div
      className="flex flex-col items-center justify-center rounded-md border-2 px-2 text-center text-xs"
      style={{ width: NODE_WIDTH, height: NODE_HEIGHT, background: colour.fill, borderColor: colour.stroke, outline: selected ? '2px solid #1d4ed8' : undefined, outlineOffset: 2 }}
    >
      <Handle type="target" position={Position.Top} isConnectable={data.connectable} />
      <span className="block w-full truncate text-sm font-semibold text-slate-900">{data.label}</span>
      <span className="text-slate-700">{nodeKindLabels[data.kind]}</span>
      <Handle type="source" position={Position.Bottom} isConnectable={data.connectable} />
    </div>
  );
}

const nodeTypes = { box: Box };

const edgeStyle = { markerEnd: { type: MarkerType.ArrowClosed }, labelBgStyle: { fill: '#f8fafc' } } satisfies Partial<Edge>;

function toFlow(body: ArchitectureBody, editable: boolean): { nodes: BoxNode[]; edges: Edge[] } {
  return {
    nodes: body.nodes.map((node) => ({ id: node.id, type: 'box', position: { x: node.x, y: node.y }, data: { label: node.label, kind: kindOf(node.kind), connectable: editable } })),
    edges: body.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target, label: edge.label, ...edgeStyle })),
  };
}

function fromFlow(nodes: BoxNode[], edges: Edge[]): ArchitectureBody {
  return {
    nodes: nodes.map((node) => ({ id: node.id, label: node.data.label, kind: node.data.kind, x: Math.round(node.position.x), y: Math.round(node.position.y) })),
    edges: edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target, ...(typeof edge.label === 'string' && edge.label ? { label: edge.label } : {}) })),
  };
}

type ArchitectureEditorProps = { projectId: string; architecture: ArchitectureBody; editable: boolean };

/**
 * The project's architecture as boxes and arrows. Editors add boxes of a few kinds, drag them,
 * connect a box's bottom handle to another's top, rename or remove what is selected, save, and
 * publish the drawing as an SVG image; viewers look and pan. The canvas pans inside its own box.
 */
export function ArchitectureEditor({ projectId, architecture, editable }: ArchitectureEditorProps) {
  const initial = useMemo(() => toFlow(architecture, editable), [architecture, editable]);
  const [nodes, setNodes, onNodesChange] = useNodesState<BoxNode>(initial.nodes);
  const [edges, setEdges, onEdgesChange] = useEdgesState(initial.edges);
  const [kind, setKind] = useState<NodeKind>('service');
  const [label, setLabel] = useState('');
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string }>();
  const save = useSaveArchitecture({
    mutationConfig: {
      onSuccess: () => { setNotice({ tone: 'success', text: 'Diagram saved.' }); },
      onError: (error) => { setNotice({ tone: 'error', text: errorMessage(error) }); },
    },
  });
  const upload = useUploadDiagram({
    mutationConfig: {
      onSuccess: (published) => { setNotice({ tone: 'success', text: `Image published (${formatBytes(published.sizeBytes)}): it shows below.` }); },
      onError: (error) => { setNotice({ tone: 'error', text: errorMessage(error) }); },
    },
  });

  const selectedNode = nodes.find((node) => node.selected);
  const selectedEdge = edges.find((edge) => edge.selected);

  const onConnect = useCallback(
    (connection: Connection) => {
      setEdges((current) => addEdge({ ...connection, id: newId(), ...edgeStyle }, current));
    },
    [setEdges],
  );

  const addNode = () => {
    const text = label.trim() || nodeKindLabels[kind];
    const count = nodes.length;
    setNodes((current) => [
      ...current.map((node) => ({ ...node, selected: false })),
      { id: newId(), type: 'box', position: { x: 40 + (count % 4) * 190, y: 40 + Math.floor(count / 4) * 110 }, data: { label: text, kind, connectable: true }, selected: true },
    ]);
    setLabel('');
  };

  const rename = (text: string) => {
    if (selectedNode) setNodes((current) => current.map((node) => (node.id === selectedNode.id ? { ...node, data: { ...node.data, label: text } } : node)));
    else if (selectedEdge) setEdges((current) => current.map((edge) => (edge.id === selectedEdge.id ? { ...edge, label: text } : edge)));
  };

  const removeSelected = () => {
    const removed = new Set(nodes.filter((node) => node.selected).map((node) => node.id));
    setNodes((current) => current.filter((node) => !node.selected));
    setEdges((current) => current.filter((edge) => !edge.selected && !removed.has(edge.source) && !removed.has(edge.target)));
  };

  const publish = () => {
    const svg = diagramSvg(fromFlow(nodes, edges));
    if (new TextEncoder().encode(svg).length > MAX_DIAGRAM_BYTES) {
      setNotice({ tone: 'error', text: 'The image is larger than 5 MiB.' });
      return;
    }
    upload.mutate({ projectId, body: { diagramData: utf8ToBase64(svg), contentType: 'image/svg+xml' } });
  };

  return (
    <div className="space-y-3">
      {editable && (
        <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
          <form
            aria-label="Add a component"
            className="grid gap-2 sm:grid-cols-[10rem_minmax(0,1fr)_auto] sm:items-end"
            onSubmit={(event) => {
              event.preventDefault();
              addNode();
            }}
          >
            <SelectField label="Kind" value={kind} onChange={(event) => { setKind(event.target.value as NodeKind); }}>
              {NODE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {nodeKindLabels[k]}
                </option>
              ))}
            </SelectField>
            <InputField label="Label" autoComplete="off" placeholder={nodeKindLabels[kind]} value={label} maxLength={80} onChange={(event) => { setLabel(event.target.value); }} />
            <Button type="submit" variant="secondary">
              Add component
            </Button>
          </form>
          {(selectedNode ?? selectedEdge) && (
            <div className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-end">
              <InputField
                label={selectedNode ? 'Selected component label' : 'Selected connection label'}
                autoComplete="off"
                maxLength={80}
                value={selectedNode ? selectedNode.data.label : typeof selectedEdge?.label === 'string' ? selectedEdge.label : ''}
                onChange={(event) => { rename(event.target.value); }}
              />
              <Button variant="secondary" onClick={removeSelected}>
                Remove selected
              </Button>
            </div>
          )}
          <p className="text-sm text-slate-700">Drag a box to move it; drag from a box’s bottom dot to another box to connect them. Select a box or connection to rename or remove it.</p>
        </div>
      )}
      <div
        className="architecture-editor h-[28rem] w-full overflow-hidden rounded-lg border border-slate-300 bg-slate-50"
        role="group"
        aria-label="Architecture diagram"
      >
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          nodesDraggable={editable}
          nodesConnectable={editable}
          elementsSelectable
          deleteKeyCode={editable ? ['Backspace', 'Delete'] : null}
          fitView
          fitViewOptions={{ maxZoom: 1 }}
          minZoom={0.2}
        >
          <Background />
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {editable && (
        <div className="flex flex-wrap gap-2">
          <Button isLoading={save.isPending} onClick={() => { setNotice(undefined); save.mutate({ projectId, body: fromFlow(nodes, edges) }); }}>
            Save diagram
          </Button>
          <Button variant="secondary" isLoading={upload.isPending} disabled={nodes.length === 0} onClick={() => { setNotice(undefined); publish(); }}>
            Publish as image
          </Button>
        </div>
      )}
    </div>
  );
}
