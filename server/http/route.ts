import 'server-only';
import { z } from 'zod';
import { StatusError, makeStatus, toStatus } from '@/server/kube/status';

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.infer<S> : undefined;

interface Schemas<P, Q, B> {
  params?: P;
  query?: Q;
  body?: B;
}

export interface HandlerInput<P, Q, B> {
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  req: Request;
}

function parse<S extends Schema>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const causes = result.error.issues.map((i) => ({
    field: [where, ...i.path.map(String)].join('.'),
    message: i.message,
    reason: 'FieldValueInvalid',
  }));
  throw new StatusError(400, 'BadRequest', `Invalid request ${where}: ${causes.map((c) => `${c.field}: ${c.message}`).join('; ')}`, causes);
}

/**
 * The one wrapper for the console's route handlers: parse path params, query and JSON
 * body with zod, run the call, answer JSON (or the handler's own Response, e.g. SSE),
 * and turn every failure into a Kubernetes Status with its HTTP code.
 */
export function route<P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends Schema | undefined = undefined>(
  schemas: Schemas<P, Q, B>,
  fn: (input: HandlerInput<P, Q, B>) => Promise<unknown>,
) {
  return async (req: Request, ctx: { params: Promise<Record<string, string | string[]>> }): Promise<Response> => {
    try {
      const params = schemas.params ? parse(schemas.params, await ctx.params, 'path') : undefined;
      const query = schemas.query ? parse(schemas.query, Object.fromEntries(new URL(req.url).searchParams), 'query') : undefined;
      let body: unknown;
      if (schemas.body) {
        let json: unknown;
        try {
          json = await req.json();
        } catch {
          throw new StatusError(400, 'BadRequest', 'The request body is not valid JSON.');
        }
        body = parse(schemas.body, json, 'body');
      }
      const result = await fn({ params, query, body, req } as HandlerInput<P, Q, B>);
      if (result instanceof Response) return result;
      return Response.json(result ?? makeStatus(200, '', 'OK'));
    } catch (err) {
      const status = toStatus(err);
      if (status.code >= 500) console.error('[console api]', req.method, req.url, status.message);
      return Response.json(status, { status: status.code || 500 });
    }
  };
}
