/** A fresh in-memory app per test file, and helpers to request pages and read them as DOM. */
import { parse } from 'node-html-parser';
import { type AppOptions, createApp } from '../../src/app';
import { loadAssets } from '../../src/assets';
import { createSeededMemoryDatabase } from '../../seeds/loader';

/** `options`: what else createApp takes (PUBLIC_URL, a clock). */
export async function buildTestApp(options: Omit<AppOptions, 'db' | 'assets'> = {}) {
  const { db } = createSeededMemoryDatabase();
  const app = createApp({ ...options, db, assets: await loadAssets() });

  async function get(path: string, headers: Record<string, string> = {}) {
    const response = await app.request(path, { headers });
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      headers: response.headers,
      text,
      /** The body parsed as an HTML document. */
      get document() {
        return parse(text);
      },
    };
  }

  /** Like get, as htmx 4 sends a request that swaps part of the page. */
  const getPartial = (path: string) => get(path, { 'HX-Request': 'true', 'HX-Request-Type': 'partial' });

  return { app, db, get, getPartial };
}

/** Text of an element with whitespace collapsed. */
export const textOf = (el: { textContent: string } | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
