// The watermark: one fixed overlay whose background is an SVG tile naming the user, the time and the label,
// so a photo or screenshot of the screen leads back to who looked at it and when.
import { keepElement, type Kept } from './keeper';
import { shadowHost } from './overlay';

export const WATERMARK_TAG = 'maruhi-watermark';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An SVG tile (data URL) with the given lines, drawn diagonally; dark text with a light halo reads on any background. */
export function watermarkTile(lines: string[]): string {
  const w = 420;
  const h = 220;
  const text = lines
    .map((l, i) => `<text x="${w / 2}" y="${h / 2 + (i - (lines.length - 1) / 2) * 22}">${esc(l)}</text>`)
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">` +
    `<g transform="rotate(-24 ${w / 2} ${h / 2})" font-family="system-ui,'Noto Sans CJK JP','Hiragino Sans','Yu Gothic UI',Meiryo,sans-serif" ` +
    `font-size="15" text-anchor="middle" fill="#000" stroke="#fff" stroke-width="3" paint-order="stroke" stroke-opacity=".6">${text}</g></svg>`;
  return `url("data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}")`;
}

/** Inline style that no page style sheet can override (inline !important wins the cascade; `all` resets the rest). */
export function overlayStyle(tile: string, opacity: number, extra = ''): string {
  return (
    `all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483645 !important; ` +
    `pointer-events: none !important; display: block !important; visibility: visible !important; ` +
    `opacity: ${opacity} !important; background-image: ${tile} !important; background-repeat: repeat !important; ` +
    `-webkit-print-color-adjust: exact !important; print-color-adjust: exact !important; ${extra}`
  );
}

export interface Watermark {
  update(lines: string[], opacity: number): void;
  remove(): void;
}

/** Adds the overlay to the page and keeps it there; `onTamper` hears each attempt to remove or hide it. */
export function createWatermark(doc: Document, lines: string[], opacity: number, onTamper: (what: string) => void): Watermark {
  const { host, root } = shadowHost(WATERMARK_TAG, doc);
  host.setAttribute('aria-hidden', 'true');
  // The print sheet draws its own watermark; the screen one stays off paper so they do not overlap.
  const sheet = doc.createElement('style');
  // In a shadow root, :host !important outranks even the inline style.
  sheet.textContent = '@media print { :host { display: none !important } }';
  root.append(sheet);
  let kept: Kept | null = null;
  const keep = (style: string) => {
    kept?.stop();
    kept = keepElement(host, doc.documentElement, { style, 'aria-hidden': 'true', 'data-maruhi': 'watermark' }, onTamper, () => {
      const cs = getComputedStyle(host);
      return cs.display === 'none' || cs.visibility !== 'visible' || Number(cs.opacity) < opacity / 2;
    });
  };
  keep(overlayStyle(watermarkTile(lines), opacity));
  return {
    update(next, op) {
      opacity = op;
      keep(overlayStyle(watermarkTile(next), op));
    },
    remove() {
      kept?.stop();
      host.remove();
    },
  };
}
