/**
 * `npm run bench:charts`: how long the server takes to draw each chart as an image, and what it
 * costs in memory. Every chart of the chart pages in three languages is drawn once (the first
 * request: page rendered, chart read back, Chart.js drawing on the canvas, PNG encoding), then
 * asked again (served from the page cache). Prints per-chart times, the median and the maximum,
 * and the process's resident memory before and after.
 */
import { buildTestApp } from '../helpers/app';
import { at, LANGUAGES, PAGE } from '../helpers/pages';

const PAGES = [PAGE.overview, PAGE.japan, PAGE.compareTrade, PAGE.compareTradeYears, PAGE.compareInvestment];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const t = await buildTestApp();
global.gc?.();
const before = process.memoryUsage().rss;
const first: number[] = [];
const again: number[] = [];
let bytes = 0;
for (const lang of LANGUAGES)
  for (const page of PAGES) {
    const doc = (await t.get(at(lang, page))).document;
    for (const link of doc.querySelectorAll('figure.chart .downloads a[download]')) {
      const href = link.getAttribute('href') ?? '';
      let start = performance.now();
      const r = await t.app.request(href);
      const png = new Uint8Array(await r.arrayBuffer());
      first.push(performance.now() - start);
      bytes += png.byteLength;
      start = performance.now();
      await (await t.app.request(href)).arrayBuffer();
      again.push(performance.now() - start);
      if (lang === 'en') console.log(`${href.padEnd(70)} ${String(r.status)} ${(png.byteLength / 1024).toFixed(0).padStart(5)} KB  ${first.at(-1)?.toFixed(0).padStart(5)} ms`);
    }
  }
global.gc?.();
const after = process.memoryUsage().rss;
console.log(`\n${first.length} charts in ${LANGUAGES.length} languages, ${(bytes / 1024 / 1024).toFixed(1)} MB of PNG`);
console.log(`first request (draw): median ${median(first).toFixed(0)} ms, max ${Math.max(...first).toFixed(0)} ms`);
console.log(`again (page cache):   median ${median(again).toFixed(1)} ms, max ${Math.max(...again).toFixed(1)} ms`);
console.log(`resident memory: ${mb(before)} before, ${mb(after)} after (+${mb(after - before)})`);
