'use client';
import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs`, so ages on screen keep counting. */
export function useNow(intervalMs = 5_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(t);
  }, [intervalMs]);
  return now;
}
