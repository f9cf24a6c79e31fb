/**
 * Chart images made on the server: Chart.js drawing on a real canvas (@napi-rs/canvas ships its
 * binary in the npm package), at 2× density, framed by what a chart needs to travel alone: its
 * title, units and note above; the legend; the stripe explanation where stripes are drawn; the
 * articles it comes from, the site and the data version below. Same configuration as the browser
 * (src/charts/config.ts), so the same numbers, words and colours.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Canvas, createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, type ChartType, Legend, LinearScale, type Plugin } from 'chart.js';
import { TreemapController, TreemapElement } from 'chartjs-chart-treemap';
import { type ChartSpec, isTreemap } from '../../views/chart-spec';
import { chartConfig, colourOf, drawStripeTile } from './config';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, TreemapController, TreemapElement);

/** DejaVu Sans, from the npm package, so that Cyrillic and Kazakh letters draw on any machine, fonts installed or not. */
const FONT = 'DejaVu Sans';
const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
GlobalFonts.registerFromPath(path.join(fontDir, 'DejaVuSans.ttf'), FONT);
GlobalFonts.registerFromPath(path.join(fontDir, 'DejaVuSans-Bold.ttf'), FONT);
Chart.defaults.font.family = FONT;
Chart.defaults.color = '#1a1a1a';

/** The words around a chart image, in the page's language. */
export interface ChartFrame {
  title: string;
  /** The unit the values are in, and the chart's note where it has one. */
  lines: string[];
  /** Said where some bars are striped: what the stripes mean. */
  stripes?: string;
  /** "Sources: Kazinform, 17 Dec 2025; …" */
  sources: string;
  /** Site name, data version, address. */
  site: string;
}

/** Width of the image in CSS pixels; the PNG is twice as wide. */
export const IMAGE_WIDTH = 1000;
export const DENSITY = 2;
const MARGIN = 24;

/** Splits text into lines that fit `width` at the context's current font. */
function wrap(ctx: SKRSContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

interface Block {
  font: string;
  colour: string;
  lines: string[];
  height: number;
}

/** Measures the header and footer text blocks at the image width. */
function blocks(ctx: SKRSContext2D, parts: Array<{ text: string; size: number; bold?: boolean; colour?: string }>): Block[] {
  return parts
    .filter((p) => p.text)
    .map((p) => {
      const font = `${p.bold ? 'bold ' : ''}${p.size}px "${FONT}"`;
      ctx.font = font;
      const lines = wrap(ctx, p.text, IMAGE_WIDTH - 2 * MARGIN);
      return { font, colour: p.colour ?? '#1a1a1a', lines, height: lines.length * Math.round(p.size * 1.35) + 6 };
    });
}

function drawBlocks(ctx: SKRSContext2D, list: Block[], top: number): void {
  let y = top;
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  for (const b of list) {
    ctx.font = b.font;
    ctx.fillStyle = b.colour;
    const step = (b.height - 6) / b.lines.length;
    for (const line of b.lines) {
      ctx.fillText(line, MARGIN, y);
      y += step;
    }
    y += 6;
  }
}

/** The height of the plotting area: horizontal bars grow with their number, vertical charts keep a fixed height. */
function plotHeight(spec: ChartSpec): number {
  // A treemap's rectangles need room for their words: a little wider than tall.
  if (isTreemap(spec)) return 560;
  if (!spec.horizontal) return 380;
  const rows = spec.labels.length * Math.max(1, spec.datasets.length);
  return Math.max(260, 34 * rows + 90);
}

/** Renders a chart and its frame as a PNG. */
export async function renderChartPng(spec: ChartSpec, frame: ChartFrame): Promise<{ png: Buffer; width: number; height: number }> {
  const measure = createCanvas(10, 10).getContext('2d');
  const head = blocks(measure, [
    { text: frame.title, size: 22, bold: true },
    ...frame.lines.map((text) => ({ text, size: 15, colour: '#444444' })),
  ]);
  const foot = blocks(measure, [
    { text: frame.stripes ?? '', size: 14, colour: '#444444' },
    { text: frame.sources, size: 14 },
    { text: frame.site, size: 13, colour: '#555555' },
  ]);
  const headHeight = head.reduce((a, b) => a + b.height, 0) + MARGIN;
  const footHeight = foot.reduce((a, b) => a + b.height, 0) + MARGIN;
  const height = Math.round(headHeight + plotHeight(spec) + footHeight);

  const canvas: Canvas = createCanvas(IMAGE_WIDTH * DENSITY, height * DENSITY);
  const stripes = (colour: string) => {
    const tile = createCanvas(8 * DENSITY, 8 * DENSITY);
    const t = tile.getContext('2d');
    t.scale(DENSITY, DENSITY);
    drawStripeTile(t, colour);
    return (canvas.getContext('2d').createPattern(tile, 'repeat') ?? colour) as unknown as CanvasPattern;
  };
  const config = chartConfig(spec, stripes, { responsive: false, font: FONT });
  const frameText: Plugin<ChartType> = {
    id: 'frame',
    beforeDraw: (chart) => {
      const ctx = chart.ctx as unknown as SKRSContext2D;
      ctx.save();
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, IMAGE_WIDTH, height);
      ctx.restore();
    },
    afterDraw: (chart) => {
      const ctx = chart.ctx as unknown as SKRSContext2D;
      ctx.save();
      drawBlocks(ctx, head, MARGIN);
      drawBlocks(ctx, foot, height - footHeight + MARGIN / 2);
      ctx.restore();
    },
  };
  config.options = { ...config.options, devicePixelRatio: DENSITY, layout: { padding: { top: headHeight, bottom: footHeight, left: MARGIN, right: MARGIN } } };
  config.plugins = [frameText];
  // Chart.js sizes the drawing from the canvas's CSS size; a server canvas has none, so give it one.
  const chart = new Chart(Object.assign(canvas, { style: {} }) as unknown as HTMLCanvasElement, config);
  chart.resize(IMAGE_WIDTH, height);
  chart.draw();
  const png = await canvas.encode('png');
  chart.destroy();
  return { png, width: IMAGE_WIDTH * DENSITY, height: height * DENSITY };
}

/** A page without a chart, as a link preview: its title and lead, the site and the data version. */
export async function renderCardPng(frame: ChartFrame): Promise<{ png: Buffer; width: number; height: number }> {
  const height = 525;
  const canvas = createCanvas(IMAGE_WIDTH * DENSITY, height * DENSITY);
  const ctx = canvas.getContext('2d');
  ctx.scale(DENSITY, DENSITY);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, IMAGE_WIDTH, height);
  ctx.fillStyle = colourOf(0);
  ctx.fillRect(0, 0, IMAGE_WIDTH, 12);
  const head = blocks(ctx, [{ text: frame.title, size: 40, bold: true }, ...frame.lines.map((text) => ({ text, size: 22, colour: '#444444' }))]);
  drawBlocks(ctx, head, 3 * MARGIN);
  drawBlocks(ctx, blocks(ctx, [{ text: frame.site, size: 16, colour: '#555555' }]), height - 2 * MARGIN - 16);
  return { png: await canvas.encode('png'), width: IMAGE_WIDTH * DENSITY, height: height * DENSITY };
}
