/**
 * git's progress meters (`Receiving objects:  40% (2/5)`) arrive as one line
 * per update; a build log keeps only the final one of each (`…, done.`).
 */
export function isProgressUpdate(line: string): boolean {
  return /:\s+\d{1,3}% \(\d+\/\d+\)/.test(line) && !/done\.?\s*$/.test(line);
}
