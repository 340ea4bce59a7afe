'use client';
import { useCallback, useMemo, useState } from 'react';
import { PositionBook, type TopologyModel, type XY } from '@/lib/topology';

const storage = () => (typeof window === 'undefined' ? undefined : window.localStorage);

/** Stable node positions for a namespace (see PositionBook); a reset lays everything out again. */
export function usePositions(namespace: string, model: TopologyModel, ready = true) {
  const [book, setBook] = useState(() => new PositionBook(storage(), namespace));
  const [epoch, setEpoch] = useState(0);
  if (book.namespace !== namespace) setBook(new PositionBook(storage(), namespace));

  // Not before every list has loaded: the first layout then sees the whole namespace and places it in one pass.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `epoch` re-runs the layout after a reset
  const positions = useMemo(() => (ready ? new Map(book.layout(model)) : new Map<string, XY>()), [book, model, epoch, ready]);
  const onMoved = useCallback((updates: { id: string; position: XY }[]) => book.move(updates), [book]);
  const resetLayout = useCallback(() => {
    book.reset();
    setEpoch((e) => e + 1);
  }, [book]);
  return { positions, onMoved, resetLayout };
}
