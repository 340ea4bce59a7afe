import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseYaml } from 'yaml';
import { ApiError, badRequest } from '../errors';
import { decodeKubernetesProtobuf } from './protobuf';

const MAX_BODY = 3 * 1024 * 1024; // kube-apiserver's request size limit

export function sendJson(res: ServerResponse, code: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(code, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-cache, private' });
  res.end(text);
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  console.error('api: internal error', err);
  return new ApiError(500, 'InternalError', `Internal error occurred: ${err instanceof Error ? err.message : String(err)}`);
}

export function sendError(res: ServerResponse, err: unknown) {
  const e = toApiError(err);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, e.code, e.toStatus());
}

export function sendStatusSuccess(res: ServerResponse, details: Record<string, unknown>) {
  sendJson(res, 200, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details });
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new ApiError(413, 'BadRequest', 'the request body is too large (limit 3 MiB)');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Parses a JSON, YAML or (for kubectl's typed commands) protobuf request body; undefined when empty. */
export function parseBody(body: Buffer, contentType: string | undefined): unknown {
  const media = (contentType ?? '').split(';')[0].trim();
  if (media === 'application/vnd.kubernetes.protobuf') return body.length === 0 ? undefined : decodeKubernetesProtobuf(body);
  if (media === 'application/cbor') {
    throw new ApiError(415, 'UnsupportedMediaType', 'the body of the request was in an unknown format - accepted media types include: application/json, application/yaml');
  }
  const text = body.toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    if (media === 'application/yaml' || media === 'application/apply-patch+yaml') return parseYaml(text);
    return JSON.parse(text);
  } catch (err) {
    throw badRequest(`the request body is not valid ${media.includes('yaml') ? 'YAML' : 'JSON'}: ${(err as Error).message}`);
  }
}
