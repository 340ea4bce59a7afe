/**
 * Traffic-split arithmetic for the editor. Every function keeps the invariants
 * Knative's admission enforces (integer percents in 0..100 that sum to exactly 100)
 * and never changes a locked row, so the user can never reach an invalid split by
 * dragging a slider.
 *
 * Precondition for all of them: `weights` are integers in 0..100 summing to 100.
 */

export const TOTAL = 100;

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * `total` split over `n` rows: floor(total/n) each, the remainder one by one to the
 * first rows, so the result is deterministic (100 over 3 → 34, 33, 33).
 */
export function evenlyDistribute(n: number, total: number = TOTAL): number[] {
  if (n <= 0) return [];
  const base = Math.floor(total / n);
  const extra = total - base * n;
  return Array.from({ length: n }, (_, i) => base + (i < extra ? 1 : 0));
}

/**
 * Shares `amount` among `weights` in proportion to them, with integers only:
 * floors first, then the leftover units to the largest fractional parts
 * (ties go to the earlier row). All-zero weights share evenly instead.
 */
export function proportionalShare(weights: readonly number[], amount: number): number[] {
  const total = sum(weights);
  if (total === 0) return evenlyDistribute(weights.length, amount);
  const floors = weights.map((w) => Math.floor((w * amount) / total));
  let leftover = amount - sum(floors);
  const byRemainder = weights
    .map((w, i) => ({ i, rem: (w * amount) % total }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of byRemainder) {
    if (leftover <= 0) break;
    floors[i] += 1;
    leftover -= 1;
  }
  return floors;
}

/**
 * Row `index` is set to `value`; the other unlocked rows absorb the difference in
 * proportion to their current weights (evenly when they are all at zero). Locked
 * rows never change. When the change cannot be absorbed (every other row locked),
 * the moved row is clamped to what is left by the locked rows.
 */
export function setWeight(
  weights: readonly number[],
  locked: readonly boolean[],
  index: number,
  value: number,
): number[] {
  const others = weights.map((_, i) => i).filter((i) => i !== index && !locked[i]);
  const lockedSum = sum(weights.filter((_, i) => i !== index && locked[i]));
  const room = clamp(TOTAL - lockedSum, 0, TOTAL);
  const next = [...weights];
  if (others.length === 0) {
    next[index] = room;
    return next;
  }
  next[index] = clamp(Math.round(Number.isFinite(value) ? value : 0), 0, room);
  const shares = proportionalShare(
    others.map((i) => weights[i]),
    room - next[index],
  );
  others.forEach((i, k) => {
    next[i] = shares[k];
  });
  return next;
}

/**
 * Spreads what the locked rows leave evenly over the unlocked rows
 * (with no locks: floor(100/n), the remainder to the first rows).
 */
export function distributeEvenly(weights: readonly number[], locked: readonly boolean[]): number[] {
  const free = weights.map((_, i) => i).filter((i) => !locked[i]);
  if (free.length === 0) return [...weights];
  const lockedSum = sum(weights.filter((_, i) => locked[i]));
  const shares = evenlyDistribute(free.length, clamp(TOTAL - lockedSum, 0, TOTAL));
  const next = [...weights];
  free.forEach((i, k) => {
    next[i] = shares[k];
  });
  return next;
}

/**
 * Removes row `index`; its share goes to the other unlocked rows as if its slider
 * had been dragged to 0. If every other row is locked the share still has to land
 * somewhere, so it goes to the first remaining row (the sum must stay 100).
 */
export function removeWeight(weights: readonly number[], locked: readonly boolean[], index: number): number[] {
  if (weights.length <= 1) return [...weights];
  const hasFreeOther = locked.some((l, i) => i !== index && !l);
  const lockedForMove = hasFreeOther ? locked : locked.map((l, i) => (i === firstOther(index) ? false : l));
  const moved = setWeight(weights, lockedForMove, index, 0);
  return moved.filter((_, i) => i !== index);
}

const firstOther = (index: number) => (index === 0 ? 1 : 0);
