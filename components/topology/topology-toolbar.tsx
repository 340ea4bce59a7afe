'use client';
import { Button, SearchInput, ToggleGroup, ToggleGroupItem, Toolbar, ToolbarContent, ToolbarGroup, ToolbarItem } from '@patternfly/react-core';
import { ExpandIcon, SearchMinusIcon, SearchPlusIcon, UndoIcon } from '@patternfly/react-icons';
import { useReactFlow } from '@xyflow/react';
import type { NodeKind } from '@/lib/topology';

/** Kind filters as users think of them; flows = sequences and parallels, others = outside URLs and missing refs. */
export const KIND_FILTERS: { label: string; kinds: NodeKind[] }[] = [
  { label: 'Services', kinds: ['service'] },
  { label: 'Revisions', kinds: ['revision'] },
  { label: 'Sources', kinds: ['source'] },
  { label: 'Brokers', kinds: ['broker'] },
  { label: 'Channels', kinds: ['channel'] },
  { label: 'Flows', kinds: ['sequence', 'parallel'] },
  { label: 'Other', kinds: ['external'] },
];

export interface TopologyToolbarProps {
  hiddenKinds: Set<string>;
  onHiddenKinds(next: Set<string>): void;
  search: string;
  onSearch(q: string): void;
  /** Centre the first node matching the search (Enter in the search box). */
  onFind(): void;
  onResetLayout(): void;
}

export function TopologyToolbar({ hiddenKinds, onHiddenKinds, search, onSearch, onFind, onResetLayout }: TopologyToolbarProps) {
  const flow = useReactFlow();
  const toggle = (kinds: NodeKind[], shown: boolean) => {
    const next = new Set(hiddenKinds);
    for (const k of kinds) if (shown) next.delete(k); else next.add(k);
    onHiddenKinds(next);
  };
  return (
    <Toolbar aria-label="Topology tools">
      <ToolbarContent>
        <ToolbarGroup>
          <ToolbarItem>
            <Button variant="plain" aria-label="Fit to screen" icon={<ExpandIcon />} onClick={() => void flow.fitView({ duration: 300, minZoom: 0.05 })} />
          </ToolbarItem>
          <ToolbarItem>
            <Button variant="plain" aria-label="Zoom in" icon={<SearchPlusIcon />} onClick={() => void flow.zoomIn({ duration: 200 })} />
          </ToolbarItem>
          <ToolbarItem>
            <Button variant="plain" aria-label="Zoom out" icon={<SearchMinusIcon />} onClick={() => void flow.zoomOut({ duration: 200 })} />
          </ToolbarItem>
          <ToolbarItem>
            <Button variant="plain" aria-label="Reset layout" title="Forget moved positions and lay out again" icon={<UndoIcon />} onClick={onResetLayout} />
          </ToolbarItem>
        </ToolbarGroup>
        <ToolbarItem>
          <ToggleGroup aria-label="Show kinds" isCompact>
            {KIND_FILTERS.map((f) => (
              <ToggleGroupItem
                key={f.label}
                text={f.label}
                buttonId={`kind-filter-${f.label.toLowerCase()}`}
                isSelected={!f.kinds.every((k) => hiddenKinds.has(k))}
                onChange={(_, selected) => toggle(f.kinds, selected)}
              />
            ))}
          </ToggleGroup>
        </ToolbarItem>
        <ToolbarItem>
          <SearchInput
            aria-label="Find by name"
            placeholder="Find by name"
            value={search}
            onChange={(_, v) => onSearch(v)}
            onClear={() => onSearch('')}
            onSearch={() => onFind()}
          />
        </ToolbarItem>
      </ToolbarContent>
    </Toolbar>
  );
}
