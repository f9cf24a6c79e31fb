/**
 * Security headers on every response: a strict content security policy, no framing, no referrer.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Env } from '../http';

/**
 * A strict policy: scripts and styles only from our own origin, no inline code, no eval (htmx
 * evaluates code only for hx-on, js: values and trigger filters, which the views do not use; its
 * injected indicator stylesheet is switched off in the page's htmx-config).
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  formAction: ["'self'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
};

/**
 * Every response refuses framing, except those the embed route marks `frameable`; those, and chart
 * images and the host page's embed script, may also be loaded by other sites (Cross-Origin-Resource-Policy).
 */
export function securityHeaders(): MiddlewareHandler<Env> {
  const strict = secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
  });
  return async (c, next) => {
    await strict(c, next);
    const frameable = c.get('frameable') === true;
    if (frameable) {
      c.res.headers.delete('X-Frame-Options');
      c.res.headers.set('Content-Security-Policy', (c.res.headers.get('Content-Security-Policy') ?? '').replace("frame-ancestors 'none'", 'frame-ancestors *'));
    }
    const type = c.res.headers.get('Content-Type') ?? '';
    if (frameable || type.startsWith('image/png') || (c.res.status === 200 && c.req.path === EMBED_SCRIPT)) c.res.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
  };
}

/** The optional script a host page includes to let our frames take their chart's height. */
export const EMBED_SCRIPT = '/embed.js';
