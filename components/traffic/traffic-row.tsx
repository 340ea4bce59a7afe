'use client';

import {
  Button, FormHelperText, FormSelect, FormSelectOption, HelperText, HelperTextItem, NumberInput, Slider, TextInput, Tooltip,
} from '@patternfly/react-core';
import { LockIcon, LockOpenIcon, TimesIcon } from '@patternfly/react-icons';
import { useState } from 'react';
import type { TrafficAction, TrafficRow as Row } from '@/lib/traffic';
import { segmentColor } from './split-bar';
import { targetLabel } from './target-label';

const LATEST = '@latest';

export interface TrafficRowProps {
  row: Row;
  index: number;
  /** Targets this row may switch to: its own and those no other row uses. */
  choices: (string | null)[];
  latestReady?: string;
  lockable: boolean;
  removable: boolean;
  /** Knative's message for this row's tag, shown beside the field. */
  tagMessage?: string;
  dispatch: (a: TrafficAction) => void;
}

export const ROW_COLUMNS = 'minmax(12rem, 16rem) minmax(10rem, 1fr) max-content minmax(8rem, 11rem) 2.5rem 2.5rem';

export function TrafficRow({ row, index, choices, latestReady, lockable, removable, tagMessage, dispatch }: TrafficRowProps) {
  const name = targetLabel(row.revisionName, latestReady);
  const setPercent = (value: number) => dispatch({ type: 'percent', id: row.id, value });
  // While the user types, the field shows what they typed; the split follows once it is a number.
  const [draft, setDraft] = useState<string | null>(null);
  const fixed = lockable && row.locked;

  return (
    <div
      data-testid="traffic-row"
      data-target={row.revisionName ?? LATEST}
      style={{ display: 'grid', gridTemplateColumns: ROW_COLUMNS, gap: 'var(--pf-t--global--spacer--md)', alignItems: 'start' }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: '0.5em' }}>
        <span aria-hidden style={{ flex: 'none', width: '0.75em', height: '0.75em', borderRadius: 2, background: segmentColor(index) }} />
        <FormSelect
          aria-label={`Revision of row ${index + 1}`}
          value={row.revisionName ?? LATEST}
          onChange={(_e, v) => dispatch({ type: 'revision', id: row.id, revisionName: v === LATEST ? null : v })}
        >
          {choices.map((c) => (
            <FormSelectOption key={c ?? LATEST} value={c ?? LATEST} label={targetLabel(c, latestReady)} />
          ))}
        </FormSelect>
      </div>
      <Slider
        value={row.percent}
        min={0}
        max={100}
        step={1}
        showBoundaries={false}
        isDisabled={fixed}
        thumbAriaLabel={`Traffic for ${name}`}
        onChange={(_e, v) => setPercent(v)}
      />
      <NumberInput
        value={draft === null ? row.percent : draft === '' ? '' : Number(draft)}
        min={0}
        max={100}
        unit="%"
        widthChars={3}
        isDisabled={fixed}
        inputAriaLabel={`Percent for ${name}`}
        minusBtnAriaLabel={`Less traffic for ${name}`}
        plusBtnAriaLabel={`More traffic for ${name}`}
        onMinus={() => setPercent(row.percent - 1)}
        onPlus={() => setPercent(row.percent + 1)}
        onChange={(e) => {
          const text = (e.target as HTMLInputElement).value;
          setDraft(text);
          if (/^\d{1,3}$/.test(text)) setPercent(Number(text));
        }}
        onBlur={() => setDraft(null)}
      />
      <div>
        <TextInput
          aria-label={`Tag for ${name}`}
          placeholder="tag"
          value={row.tag}
          validated={tagMessage ? 'error' : 'default'}
          onChange={(_e, v) => dispatch({ type: 'tag', id: row.id, tag: v })}
        />
        {tagMessage && (
          <FormHelperText>
            <HelperText>
              <HelperTextItem variant="error">{tagMessage}</HelperTextItem>
            </HelperText>
          </FormHelperText>
        )}
      </div>
      {lockable ? (
        <Tooltip content={row.locked ? 'Unlock: let this share change' : 'Lock: keep this share while others move'}>
          <Button
            variant="plain"
            aria-label={`${row.locked ? 'Unlock' : 'Lock'} ${name}`}
            aria-pressed={row.locked}
            icon={row.locked ? <LockIcon /> : <LockOpenIcon />}
            onClick={() => dispatch({ type: 'lock', id: row.id, locked: !row.locked })}
          />
        </Tooltip>
      ) : (
        <span />
      )}
      <Button
        variant="plain"
        aria-label={`Remove ${name}`}
        isDisabled={!removable}
        icon={<TimesIcon />}
        onClick={() => dispatch({ type: 'remove', id: row.id })}
      />
    </div>
  );
}
