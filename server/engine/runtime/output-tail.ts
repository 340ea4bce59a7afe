/**
 * The last `limit` bytes a process wrote, for its termination message. Kept
 * as the chunks themselves and decoded only when asked: a pod that logs every
 * request sends hundreds of chunks a second through the engine's main thread,
 * which also carries the ingress.
 */
export class OutputTail {
  private chunks: Buffer[] = [];
  private bytes = 0;

  constructor(private readonly limit: number) {}

  push(chunk: Buffer) {
    this.chunks.push(chunk);
    this.bytes += chunk.length;
    // Drop whole chunks that lie entirely before the last `limit` bytes.
    while (this.chunks.length > 1 && this.bytes - this.chunks[0].length >= this.limit) this.bytes -= this.chunks.shift()!.length;
  }

  text(): string {
    const all = Buffer.concat(this.chunks, this.bytes);
    return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8');
  }
}
