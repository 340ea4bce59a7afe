'use client';
import { Menu, MenuContent, MenuItem, MenuList } from '@patternfly/react-core';
import { useEffect, useRef } from 'react';
import type { MenuAction, MenuCommand } from './menu-actions';
import styles from './topology.module.css';

/** A PatternFly menu at the pointer; Escape or a click elsewhere closes it, focus starts on the first item. */
export function ContextMenu({ at, actions, onPick, onClose }: { at: { x: number; y: number }; actions: MenuAction[]; onPick(c: MenuCommand): void; onClose(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('button, a')?.focus();
    const away = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    const esc = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('mousedown', away);
    window.addEventListener('keydown', esc);
    return () => {
      window.removeEventListener('mousedown', away);
      window.removeEventListener('keydown', esc);
    };
  }, [onClose]);
  if (actions.length === 0) return null;
  return (
    <div ref={ref} className={styles.contextMenu} style={{ left: at.x, top: at.y }} data-testid="topology-context-menu">
      <Menu onSelect={(_, key) => { onClose(); onPick(actions[Number(key)].command); }}>
        <MenuContent>
          <MenuList>
            {actions.map((a, i) => (
              <MenuItem key={i} itemId={i} isDanger={a.danger}>{a.label}</MenuItem>
            ))}
          </MenuList>
        </MenuContent>
      </Menu>
    </div>
  );
}
