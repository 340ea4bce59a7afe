/**
 * ISO-8601 durations as Knative's DeliverySpec takes them (`PT0.2S`, `PT1M`,
 * `P1DT2H`), parsed like rickb777/date `period.Parse` + `Duration()`: fractions
 * allowed on any field, years and months approximated (365.2425 / 30.436875 days).
 */
const PATTERN =
  /^([-+]?)P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

const DAY_MS = 86_400_000;
const UNIT_MS = [365.2425 * DAY_MS, 30.436875 * DAY_MS, 7 * DAY_MS, DAY_MS, 3_600_000, 60_000, 1000];

/** Milliseconds for an ISO-8601 duration, or undefined when it is not one. */
export function parseIsoDuration(text: string): number | undefined {
  const m = PATTERN.exec(text.trim());
  if (!m) return undefined;
  const fields = m.slice(2);
  if (fields.every((f) => f === undefined)) return undefined; // "P" and "PT" alone are not durations
  if (text.includes('T') && fields.slice(4).every((f) => f === undefined)) return undefined; // "P1DT"
  let ms = 0;
  fields.forEach((f, i) => {
    if (f !== undefined) ms += Number(f.replace(',', '.')) * UNIT_MS[i];
  });
  return m[1] === '-' ? -ms : ms;
}
