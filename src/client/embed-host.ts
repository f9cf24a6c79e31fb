/**
 * The optional script for a page that embeds our charts: each of our frames reports its height
 * (src/client/main.ts posts { kzTradeEmbed: true, height }), and this gives the frame that height,
 * so the chart, its sources and its link back show without a scroll bar. Frames are matched by the
 * window that sent the message, never by what the message says.
 */
window.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { kzTradeEmbed?: unknown; height?: unknown } | null;
  if (!data || data.kzTradeEmbed !== true || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
  for (const frame of Array.from(document.getElementsByTagName('iframe'))) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.min(Math.max(Math.ceil(data.height), 100), 4000)}px`;
  }
});
