// Shift_JIS encoder for the /export-sjis.csv download (what older Excel expects).
// Node has no Shift_JIS encoder, but its TextDecoder can decode Shift_JIS, so the table is
// built once by decoding every two-byte code and inverting the result.

let table;

function buildTable() {
  const dec = new TextDecoder('shift_jis', { fatal: false });
  const map = new Map();
  const leads = [];
  for (let b = 0x81; b <= 0x9f; b++) leads.push(b);
  for (let b = 0xe0; b <= 0xfc; b++) leads.push(b);
  for (const lead of leads) {
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      const ch = dec.decode(Uint8Array.from([lead, trail]));
      // First code wins: NEC/IBM duplicates map back to the canonical one.
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  for (let b = 0xa1; b <= 0xdf; b++) map.set(String.fromCharCode(0xff61 + (b - 0xa1)), [b]);
  // The WHATWG decoder yields the full-width forms; map the common JIS-style code points too.
  const alias = { '\u301c': '\uff5e', '\u2016': '\u2225', '\u2212': '\uff0d', '\u00a2': '\uffe0', '\u00a3': '\uffe1', '\u00ac': '\uffe2' };
  for (const [from, to] of Object.entries(alias)) if (map.has(to)) map.set(from, map.get(to));
  map.set('\u00a5', [0x5c]);
  return map;
}

/** Encode a string as Shift_JIS; characters outside JIS X 0208 (e.g. 髙, emoji) become '?'. */
export function encodeShiftJis(str) {
  table ||= buildTable();
  const out = [];
  for (const ch of str) {
    const cp = ch.codePointAt(0);
    if (cp < 0x80) { out.push(cp); continue; }
    const bytes = table.get(ch);
    if (bytes) out.push(...bytes);
    else out.push(0x3f);
  }
  return Buffer.from(out);
}
