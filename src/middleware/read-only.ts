/**
 * A read-only site: a method other than GET or HEAD on an address the router knows is refused with
 * 405 and `Allow`, in the format the address serves; on an unknown address it is a plain 404. The
 * router decides which addresses exist (Hono's method-not-allowed middleware reads its routes).
 */
import type { Hono, MiddlewareHandler } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { type Env, HttpError, truncate } from '../http';

export function readOnly(app: Hono<Env>, respond: (c: Parameters<MiddlewareHandler<Env>>[0], error: HttpError) => Response | Promise<Response>): MiddlewareHandler<Env> {
  return methodNotAllowed<Env>({
    app,
    onMethodNotAllowed: async (c, allowed) => {
      const response = await respond(c, new HttpError(405, c.var.ui.t.errors.method(truncate(c.req.method, 12))));
      response.headers.set('Allow', allowed.join(', '));
      return response;
    },
  });
}
