// Reads the text of a PDF that Chromium printed, with Node alone (no poppler on CI): inflates the
// streams, maps glyph codes back to characters through each font's ToUnicode CMap, and joins what
// each page's content stream shows. Enough for Skia's PDFs; not a general PDF parser.
import { inflateSync } from 'node:zlib';

interface Obj {
  dict: string;
  stream?: Buffer;
}

function objects(pdf: Buffer): Map<number, Obj> {
  const out = new Map<number, Obj>();
  const s = pdf.toString('latin1');
  const re = /(\d+) 0 obj\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const start = m.index + m[0].length;
    const end = s.indexOf('endobj', start);
    const body = s.slice(start, end);
    const si = body.indexOf('stream');
    if (si < 0) {
      out.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, si);
    const len = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? -1);
    let from = start + si + 'stream'.length;
    if (s[from] === '\r') from++;
    if (s[from] === '\n') from++;
    const raw = pdf.subarray(from, len >= 0 ? from + len : s.indexOf('endstream', from));
    out.set(Number(m[1]), { dict, stream: /FlateDecode/.test(dict) ? inflateSync(raw) : raw });
    re.lastIndex = end;
  }
  return out;
}

const hexToStr = (h: string) => {
  let r = '';
  for (let i = 0; i + 4 <= h.length; i += 4) r += String.fromCharCode(parseInt(h.slice(i, i + 4), 16));
  if (h.length % 4 === 2) r += String.fromCharCode(parseInt(h.slice(-2), 16));
  return r;
};

interface CMap {
  bytes: number;
  map: Map<number, string>;
}

function parseCMap(text: string): CMap {
  const map = new Map<number, string>();
  const cs = /begincodespacerange\s*<([0-9a-fA-F]+)>/.exec(text);
  const bytes = cs ? cs[1].length / 2 : 2;
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, src, dst] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(src, 16), hexToStr(dst));
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo, hi, dst] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const base = parseInt(dst, 16);
      for (let c = parseInt(lo, 16), i = 0; c <= parseInt(hi, 16); c++, i++) map.set(c, String.fromCharCode(base + i));
    }
  return { bytes, map };
}

function decode(bytes: Buffer, cmap: CMap | undefined): string {
  if (!cmap) return bytes.toString('latin1');
  let r = '';
  for (let i = 0; i + cmap.bytes <= bytes.length; i += cmap.bytes) {
    const code = cmap.bytes === 2 ? bytes.readUInt16BE(i) : bytes[i];
    r += cmap.map.get(code) ?? '';
  }
  return r;
}

function literal(s: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\') {
      out.push(c.charCodeAt(0));
      continue;
    }
    const n = s[++i];
    const oct = /^[0-7]{1,3}/.exec(s.slice(i));
    if (oct) {
      out.push(parseInt(oct[0], 8));
      i += oct[0].length - 1;
    } else out.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[n] ?? n.charCodeAt(0));
  }
  return Buffer.from(out);
}

/** The text of each page, in content-stream order. */
export function pdfPages(pdf: Buffer): string[] {
  const objs = objects(pdf);
  const cmaps = new Map<number, CMap>();
  for (const [num, o] of objs) {
    const tu = /\/ToUnicode (\d+) 0 R/.exec(o.dict);
    const cm = tu && objs.get(Number(tu[1]))?.stream;
    if (/\/Type \/Font/.test(o.dict) && cm) cmaps.set(num, parseCMap(cm.toString('latin1')));
  }
  const pages: string[] = [];
  for (const o of objs.values()) {
    if (!/\/Type \/Page\b(?!s)/.test(o.dict)) continue;
    const fonts = new Map<string, CMap | undefined>();
    const fd = /\/Font\s*<<([\s\S]*?)>>/.exec(o.dict)?.[1] ?? '';
    for (const [, name, ref] of fd.matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) fonts.set(name, cmaps.get(Number(ref)));
    const contents = /\/Contents\s+(?:\[([^\]]*)\]|(\d+) 0 R)/.exec(o.dict);
    const refs = contents ? (contents[1] ? [...contents[1].matchAll(/(\d+) 0 R/g)].map((x) => Number(x[1])) : [Number(contents[2])]) : [];
    let text = '';
    for (const ref of refs) {
      const cs = objs.get(ref)?.stream?.toString('latin1') ?? '';
      let font: CMap | undefined;
      const tok = /\/(\S+)\s+[\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj|\(((?:[^)\\]|\\.)*)\)\s*Tj|\b(ET)\b/g;
      for (const t of cs.matchAll(tok)) {
        if (t[1] !== undefined) font = fonts.get(t[1]);
        else if (t[2] !== undefined)
          for (const p of t[2].matchAll(/<([0-9a-fA-F]*)>|\(((?:[^)\\]|\\.)*)\)/g)) text += decode(p[1] !== undefined ? Buffer.from(p[1], 'hex') : literal(p[2]), font);
        else if (t[3] !== undefined) text += decode(Buffer.from(t[3], 'hex'), font);
        else if (t[4] !== undefined) text += decode(literal(t[4]), font);
        else text += '\n';
      }
    }
    pages.push(text);
  }
  return pages;
}
