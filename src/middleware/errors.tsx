/**
 * Errors in the format the client asked for: a page in the reader's language, plain text for CSV
 * and zip, JSON for JSON. Unexpected errors are logged and answered with a 500 that shows no internals.
 */
import type { Context, Hono } from 'hono';
import { ErrorPage } from '../../views/pages/error';
import { type Env, formatOf, HttpError } from '../http';
import { MESSAGES } from '../i18n/index';

export function errorResponse(c: Context<Env>, error: HttpError): Response | Promise<Response> {
  const format = formatOf(c.req.path);
  if (format === 'json') return c.json({ error: { status: error.status, message: error.message } }, error.status);
  if (format === 'csv' || format === 'png' || format === 'zip') return c.text(`${error.message}\n`, error.status);
  const ui = c.get('ui');
  if (!ui) return c.text(`${error.message}\n`, error.status);
  c.status(error.status);
  return c.render(<ErrorPage ui={ui} status={error.status} message={error.message} />, { title: ui.t.errors.title(error.status), nav: 'none' });
}

/** Unknown addresses and thrown errors, answered by `errorResponse`. */
export function handleErrors(app: Hono<Env>): void {
  app.notFound((c) => errorResponse(c, new HttpError(404, c.get('ui')?.t.errors.notFound ?? MESSAGES.en.errors.notFound)));
  app.onError((error, c) => {
    if (error instanceof HttpError) return errorResponse(c, error);
    console.error(error);
    return errorResponse(c, new HttpError(500, (c.get('ui')?.t ?? MESSAGES.en).errors.server));
  });
}
