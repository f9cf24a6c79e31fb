/** Errors whose message is safe to show the reader; used by routes and page models alike (no HTTP library here). */

/** An error whose message is safe and useful to show the client. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 404 | 405 | 406 | 413 | 500 | 501,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Shortens user input before echoing it in a message (always escaped by the renderer as well). */
export function truncate(value: string, max = 40): string {
  const clean = value.replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
