// Request bodies as the detector should read them. A page that posts customer data URL-encoded
// (`name=%E5%B1%B1%E7%94%B0…`, what jQuery and URLSearchParams send) or as JSON with \u escapes hides every
// Japanese character and every @ from a text scan; form fields lose the label their name gives them; and
// Japanese forms split one phone number over three boxes (tel1 / tel2 / tel3). This turns all of them back
// into "label: value" lines. Pure: no browser APIs.

/** One text field of a body (a FormData entry, or the whole body when `name` is absent). */
export interface TextField {
  name?: string;
  text: string;
}

const MAX_NAME = 64;
const MAX_JSON = 8 << 20; // larger JSON is scanned as written: parsing it would double the memory

/** A field's name as a label: bounded, with brackets and separators read as spaces (`customer[tel]` → `customer tel`). */
function label(name: string): string {
  return name.slice(0, MAX_NAME).replace(/[[\]_.]+/g, ' ').trim();
}

function decodeComponent(s: string): string {
  const plus = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(plus);
  } catch {
    // a stray % (or a lone half of a surrogate pair): decode what is well formed, keep the rest as written
    return plus.replace(/(?:%[0-9A-Fa-f]{2})+/g, (m) => {
      try {
        return decodeURIComponent(m);
      } catch {
        return m;
      }
    });
  }
}

/** `a=1&b=2` with no raw whitespace: the shape of application/x-www-form-urlencoded. */
function isUrlEncoded(s: string): boolean {
  if (s.length < 3 || s.indexOf('=') < 1) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c === 0x22 || c === 0x7b || c === 0x3c) return false; // whitespace, ", {, <: text, JSON, markup
  }
  return true;
}

function jsonLines(v: unknown, key: string, out: string[], depth: number): void {
  if (v === null || v === undefined) return;
  if (typeof v === 'string' || typeof v === 'number') out.push(key ? `${key}: ${v}` : String(v));
  else if (typeof v === 'object' && depth < 64) {
    if (Array.isArray(v)) for (const x of v) jsonLines(x, key, out, depth + 1);
    else for (const k of Object.keys(v)) jsonLines((v as Record<string, unknown>)[k], label(k), out, depth + 1);
    if (Array.isArray(v) || key) out.push('');
  }
}

/** One field as a line: "label: value", or the value alone when it has no name. */
const fieldLine = (name: string, value: string) => (name ? `${name}: ${value}` : value);

/** `a=1&b=2` decoded to "label: value" lines, or null when s is not URL-encoded. */
function urlEncodedLines(s: string): string[] | null {
  if (!isUrlEncoded(s)) return null;
  const lines: string[] = [];
  for (const pair of s.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    lines.push(fieldLine(eq < 0 ? '' : label(decodeComponent(pair.slice(0, eq))), decodeComponent(eq < 0 ? pair : pair.slice(eq + 1))));
  }
  return lines;
}

/**
 * A multipart/form-data body written out as text (a page that builds it by hand: `--boundary⏎Content-Disposition:
 * form-data; name="tel"⏎⏎090-…`): its parts as "label: value" lines, or null when s is not one.
 */
function multipartLines(s: string): string[] | null {
  if (s.charCodeAt(0) !== 45 || s.charCodeAt(1) !== 45) return null;
  const nl = s.indexOf('\n');
  if (nl < 3 || nl > 200) return null;
  const boundary = s.slice(0, nl).replace(/\r$/, '');
  if (!/^--[\x21-\x7e]+$/.test(boundary) || s.indexOf('Content-Disposition:', nl) < 0) return null;
  const lines: string[] = [];
  for (const part of s.slice(nl + 1).split(boundary)) {
    const head = part.search(/\r?\n\r?\n/);
    if (head < 0) continue;
    const name = /\bname="([^"]*)"/i.exec(part.slice(0, head));
    const value = part.slice(head).replace(/^\r?\n\r?\n/, '').replace(/\r?\n$/, '');
    lines.push(fieldLine(name ? label(name[1]) : '', value));
  }
  return lines.length ? lines : null;
}

/** A body as text a person would read: URL-encoded pairs, a multipart body written as text, and escaped JSON, as
 *  "label: value" lines. */
export function readableBody(s: string): string {
  const lines = multipartLines(s) ?? urlEncodedLines(s);
  if (lines) return joinSplitNumbers(lines).join('\n');
  const first = s.charCodeAt(0);
  if ((first === 0x7b || first === 0x5b) && s.length <= MAX_JSON && s.includes('\\u')) {
    try {
      const out: string[] = [];
      jsonLines(JSON.parse(s), '', out, 0);
      return out.join('\n');
    } catch {
      /* not JSON after all: read as written */
    }
  }
  return s;
}

/** The fields of a form as "label: value" lines, with numbers split over several boxes joined again. */
export function readableFields(fields: TextField[]): string {
  const lines = fields.map((f) => {
    return f.name === undefined ? readableBody(f.text) : fieldLine(label(f.name), f.text);
  });
  return joinSplitNumbers(lines).join('\n');
}

const SPLIT = /^(.*?)[ -]?(\d{1,2})?: ?([0-9０-９]{1,6})$/;

/**
 * Consecutive one-line fields whose labels differ only by a trailing index (tel1, tel2, tel3 / zip 0, zip 1) and whose
 * values are short digit groups are one number written in boxes: "tel: 03-1234-5678".
 */
function joinSplitNumbers(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].length <= 80 ? SPLIT.exec(lines[i]) : null;
    if (!m || m[2] === undefined) {
      out.push(lines[i]);
      continue;
    }
    const groups = [m[3]];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const n = lines[j].length <= 80 && groups.length < 5 ? SPLIT.exec(lines[j]) : null;
      if (!n || n[1] !== m[1] || n[2] === undefined) break;
      groups.push(n[3]);
    }
    if (groups.length < 2) {
      out.push(lines[i]);
      continue;
    }
    out.push(`${m[1]}: ${groups.join('-')}`);
    i = j - 1;
  }
  return out;
}
