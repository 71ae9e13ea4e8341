// Zip reader for XLSX/DOCX/PPTX and plain archives: central directory first, every size and offset
// checked against the file, inflation capped by output size and ratio so a zip bomb costs bounded time and memory.
import { Inflate } from 'fflate';
import { Uninspectable, type ByteSource } from './source';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  encrypted: boolean;
  localOffset: number;
}

export interface ZipLimits {
  /** Most entries read from the central directory. */
  maxEntries: number;
  /** Most bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** Most bytes all extracted entries together may inflate to. */
  maxTotalBytes: number;
  /** Largest inflated/compressed ratio accepted for entries above 1 MB. */
  maxRatio: number;
}

export const ZIP_LIMITS: ZipLimits = { maxEntries: 20_000, maxEntryBytes: 256 << 20, maxTotalBytes: 512 << 20, maxRatio: 200 };

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 0x100000000;

export const isZip = (head: Uint8Array) => head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4;

export class ZipReader {
  private extracted = 0;
  private constructor(
    private readonly src: ByteSource,
    readonly entries: ZipEntry[],
    private readonly limits: ZipLimits,
  ) {}

  static async open(src: ByteSource, limits: ZipLimits = ZIP_LIMITS): Promise<ZipReader> {
    const tailLen = Math.min(src.size, 22 + 0xffff);
    if (tailLen < 22) throw new Uninspectable('corrupt', 'too short for a zip');
    const tail = await src.read(src.size - tailLen, src.size);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) if (u32(tail, i) === 0x06054b50) {
      eocd = i;
      break;
    }
    if (eocd < 0) throw new Uninspectable('corrupt', 'no end of central directory');
    let count = u16(tail, eocd + 10);
    let cdSize = u32(tail, eocd + 12);
    let cdOffset = u32(tail, eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff) {
      // Zip64: the locator sits just before the classic record.
      const loc = eocd - 20;
      if (loc < 0 || u32(tail, loc) !== 0x07064b50) throw new Uninspectable('corrupt', 'zip64 locator missing');
      const recOff = u64(tail, loc + 8);
      if (recOff + 56 > src.size) throw new Uninspectable('corrupt', 'zip64 record out of bounds');
      const rec = await src.read(recOff, recOff + 56);
      if (u32(rec, 0) !== 0x06064b50) throw new Uninspectable('corrupt', 'zip64 record missing');
      count = u64(rec, 32);
      cdSize = u64(rec, 40);
      cdOffset = u64(rec, 48);
    }
    if (count > limits.maxEntries) throw new Uninspectable('zip_bomb', `${count} entries`);
    if (cdOffset + cdSize > src.size || cdSize > 64 << 20) throw new Uninspectable('corrupt', 'central directory out of bounds');
    const cd = await src.read(cdOffset, cdOffset + cdSize);
    const entries: ZipEntry[] = [];
    let p = 0;
    const dec = new TextDecoder();
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || u32(cd, p) !== 0x02014b50) throw new Uninspectable('corrupt', 'bad central directory entry');
      const flags = u16(cd, p + 8);
      const nameLen = u16(cd, p + 28);
      const extraLen = u16(cd, p + 30);
      const commentLen = u16(cd, p + 32);
      if (p + 46 + nameLen + extraLen + commentLen > cd.length) throw new Uninspectable('corrupt', 'entry runs past the directory');
      let compressedSize = u32(cd, p + 20);
      let size = u32(cd, p + 24);
      let localOffset = u32(cd, p + 42);
      // Zip64 extra field carries the real sizes when the classic ones are saturated.
      for (let x = p + 46 + nameLen, end = x + extraLen; x + 4 <= end; ) {
        const id = u16(cd, x);
        const len = u16(cd, x + 2);
        if (id === 1) {
          let q = x + 4;
          if (size === 0xffffffff && q + 8 <= x + 4 + len) (size = u64(cd, q)), (q += 8);
          if (compressedSize === 0xffffffff && q + 8 <= x + 4 + len) (compressedSize = u64(cd, q)), (q += 8);
          if (localOffset === 0xffffffff && q + 8 <= x + 4 + len) localOffset = u64(cd, q);
        }
        x += 4 + len;
      }
      if (localOffset + 30 + compressedSize > src.size) throw new Uninspectable('corrupt', 'entry data out of bounds');
      entries.push({
        name: dec.decode(cd.subarray(p + 46, p + 46 + nameLen)),
        method: u16(cd, p + 10),
        compressedSize,
        size,
        encrypted: (flags & 1) !== 0,
        localOffset,
      });
      p += 46 + nameLen + extraLen + commentLen;
    }
    return new ZipReader(src, entries, limits);
  }

  find(name: string): ZipEntry | undefined {
    return this.entries.find((e) => e.name === name);
  }

  /** Inflates one entry, refusing encrypted entries, unknown methods and outputs beyond the limits. */
  async read(e: ZipEntry): Promise<Uint8Array> {
    if (e.encrypted) throw new Uninspectable('encrypted', e.name);
    if (e.method !== 0 && e.method !== 8) throw new Uninspectable('unsupported_archive', `method ${e.method}`);
    const cap = Math.min(this.limits.maxEntryBytes, this.limits.maxTotalBytes - this.extracted);
    const ratioCap = Math.max(1 << 20, e.compressedSize * this.limits.maxRatio);
    if (e.size > cap) throw new Uninspectable(e.size > ratioCap ? 'zip_bomb' : 'too_large', `${e.name}: ${e.size} bytes`);
    if (e.size > ratioCap) throw new Uninspectable('zip_bomb', `${e.name}: ratio ${Math.round(e.size / Math.max(1, e.compressedSize))}`);
    const head = await this.src.read(e.localOffset, e.localOffset + 30);
    if (head.length < 30 || u32(head, 0) !== 0x04034b50) throw new Uninspectable('corrupt', `${e.name}: bad local header`);
    const start = e.localOffset + 30 + u16(head, 26) + u16(head, 28);
    const end = start + e.compressedSize;
    if (end > this.src.size) throw new Uninspectable('corrupt', `${e.name}: data out of bounds`);
    const chunks: Uint8Array[] = [];
    let total = 0;
    // Declared sizes can lie: the real output is counted as it is produced.
    const take = (c: Uint8Array) => {
      total += c.length;
      if (total > Math.min(cap, ratioCap)) throw new Uninspectable(total > ratioCap ? 'zip_bomb' : 'too_large', e.name);
      chunks.push(c);
    };
    const SLICE = 1 << 20;
    if (e.method === 0) {
      for (let s = start; s < end; s += SLICE) take(await this.src.read(s, Math.min(end, s + SLICE)));
    } else {
      const inf = new Inflate((c) => take(c));
      try {
        for (let s = start; s < end; s += SLICE) {
          const last = s + SLICE >= end;
          inf.push(await this.src.read(s, Math.min(end, s + SLICE)), last);
        }
        if (start === end) inf.push(new Uint8Array(0), true);
      } catch (err) {
        if (err instanceof Uninspectable) throw err;
        throw new Uninspectable('corrupt', `${e.name}: ${(err as Error).message}`);
      }
    }
    this.extracted += total;
    if (chunks.length === 1) return chunks[0];
    const out = new Uint8Array(total);
    let o = 0;
    for (const c of chunks) out.set(c, o), (o += c.length);
    return out;
  }
}
