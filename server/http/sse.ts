import 'server-only';

const HEARTBEAT_MS = 15_000;

export interface SseChannel {
  /** Sends one event; `data` is JSON-encoded. */
  send(data: unknown, event?: string): void;
  close(): void;
}

/**
 * A Server-Sent Events response. `start` wires the source and returns its cleanup,
 * which runs once: when the browser goes away (request aborted / stream cancelled)
 * or when the source closes the channel. Comments every 15 s keep proxies and the
 * browser from timing the stream out.
 */
export function sseResponse(req: Request, start: (channel: SseChannel) => (() => void) | void): Response {
  const encoder = new TextEncoder();
  let cleanup: (() => void) | void;
  let cleaned = false;
  const runCleanup = () => {
    if (cleaned || !cleanup) return;
    cleaned = true;
    cleanup();
  };
  let closed = false;
  let heartbeat: NodeJS.Timeout | undefined;

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          finish();
        }
      };
      const finish = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        runCleanup();
        try {
          controller.close();
        } catch {
          // already closed by the runtime
        }
      };
      const channel: SseChannel = {
        send: (data, event) => write(`${event ? `event: ${event}\n` : ''}data: ${JSON.stringify(data)}\n\n`),
        close: finish,
      };
      write(': connected\n\n');
      heartbeat = setInterval(() => write(': heartbeat\n\n'), HEARTBEAT_MS);
      req.signal.addEventListener('abort', finish, { once: true });
      cleanup = start(channel);
      if (closed) runCleanup();
    },
    cancel() {
      closed = true;
      clearInterval(heartbeat);
      runCleanup();
    },
  });

  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    },
  });
}
