// Text of a PDF where it can be had cheaply: uncompressed and FlateDecode content streams, literal and hex strings,
// mapped through the document's ToUnicode CMaps. Encrypted PDFs are uninspectable.
import { unzlibSync, inflateSync } from 'fflate';
import { Uninspectable } from './source';

export const isPdf = (head: Uint8Array) => head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46;

const latin1 = (b: Uint8Array) => {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
};

/** Extracts the visible text of a PDF held in memory (callers cap its size). */
export function pdfText(bytes: Uint8Array, maxStreamBytes = 64 << 20): string {
  const raw = latin1(bytes);
  if (/\/Encrypt\s/.test(raw)) throw new Uninspectable('encrypted', 'PDF');
  const streams: string[] = [];
  // Linear scan: each "stream" keyword, its dictionary being the text since the object header.
  const re = /(?<!end)stream\r?\n/g;
  let m: RegExpExecArray | null;
  let budget = maxStreamBytes;
  while ((m = re.exec(raw))) {
    const before = raw.slice(Math.max(0, m.index - 2048), m.index);
    const dict = before.slice(before.lastIndexOf(' obj') + 1);
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    re.lastIndex = end + 9;
    if (/\/Subtype\s*\/Image|\/FontFile|\/XObject/.test(dict)) continue;
    let data = bytes.subarray(start, end);
    if (/\/FlateDecode/.test(dict)) {
      try {
        data = unzlibSync(data);
      } catch {
        try {
          data = inflateSync(data);
        } catch {
          continue; // a damaged stream: the rest of the document is still read
        }
      }
    } else if (/\/Filter/.test(dict)) continue;
    budget -= data.length;
    if (budget < 0) throw new Uninspectable('too_large', 'PDF streams');
    streams.push(latin1(data));
  }
  const cmap = new Map<string, string>();
  for (const s of streams) if (s.includes('begincmap')) readCmap(s, cmap);
  const out: string[] = [];
  for (const s of streams) if (!s.includes('begincmap')) out.push(contentText(s, cmap));
  return out.join('\n');
}

const hexToStr = (h: string) => {
  let s = '';
  for (let i = 0; i + 3 < h.length; i += 4) s += String.fromCharCode(parseInt(h.slice(i, i + 4), 16));
  return s;
};

function readCmap(s: string, map: Map<string, string>) {
  for (const b of s.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const p of b[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(p[1].toLowerCase(), hexToStr(p[2]));
  for (const b of s.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const p of b[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const lo = parseInt(p[1], 16);
      const hi = parseInt(p[2], 16);
      const base = parseInt(p[3], 16);
      for (let c = lo; c <= hi && c - lo < 65536; c++) map.set(c.toString(16).padStart(p[1].length, '0'), String.fromCodePoint(base + c - lo));
    }
}

/** Strings shown by Tj / TJ / ' / " operators; BT…ET blocks become lines. */
function contentText(s: string, cmap: Map<string, string>): string {
  const out: string[] = [];
  for (const bt of s.matchAll(/BT([\s\S]*?)ET/g)) {
    let line = '';
    for (const t of bt[1].matchAll(/\((?:\\[\s\S]|[^\\)])*\)|<[0-9a-fA-F\s]*>|T\*|Td|TD|'|"/g)) {
      const v = t[0];
      if (v === 'T*' || v === 'Td' || v === 'TD' || v === "'" || v === '"') {
        if (line) out.push(line), (line = '');
      } else if (v[0] === '(') line += literal(v.slice(1, -1), cmap);
      else line += hexString(v.slice(1, -1).replace(/\s/g, ''), cmap);
    }
    if (line) out.push(line);
  }
  return out.join('\n');
}

function hexString(h: string, cmap: Map<string, string>): string {
  if (cmap.size) {
    let s = '';
    for (let i = 0; i < h.length; i += 4) s += cmap.get(h.slice(i, i + 4).toLowerCase()) ?? cmap.get(h.slice(i, i + 2).toLowerCase()) ?? '';
    return s;
  }
  let s = '';
  for (let i = 0; i < h.length; i += 2) s += String.fromCharCode(parseInt(h.slice(i, i + 2), 16));
  return s;
}

function literal(s: string, cmap: Map<string, string>): string {
  const ESC: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
  const plain = s.replace(/\\([0-7]{1,3}|[\s\S])/g, (_, e: string) => (/^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8)) : (ESC[e] ?? '')));
  if (!cmap.size || /^[\x20-\x7e]*$/.test(plain)) return plain;
  let h = '';
  for (const ch of plain) h += ch.charCodeAt(0).toString(16).padStart(2, '0');
  return hexString(h, cmap);
}
