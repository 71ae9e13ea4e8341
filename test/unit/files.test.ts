import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ContentInspector, inspectFile, inspectLimits, INSPECT_LIMITS } from '../../utils/files/inspect';
import { decide } from '../../utils/decide';
import { DEFAULT_POLICY } from '../../utils/policy/defaults';
import { pdfText } from '../../utils/files/pdf';
import { blobSource, bytesSource } from '../../utils/files/source';
import { sniffEncoding } from '../../utils/files/text';
import { readableBody, readableFields } from '../../utils/files/form';
import { ZipReader } from '../../utils/files/zip';
import { makeDocx, makeXlsx, makeZip } from '../tools/zip-writer';
// @ts-expect-error plain ESM helper without types
import { customersCsv, generateCustomers } from '../sites/customers.mjs';

const customers = generateCustomers(20261122, 120);
const csv: string = customersCsv(customers);
const enc = new TextEncoder();
const rows = (): string[][] => csv.trim().split(/\r?\n/).map((l: string) => l.split(','));

describe('text files', () => {
  it('counts the distinct people of a UTF-8 customer CSV', async () => {
    const r = await inspectFile(bytesSource(enc.encode(csv)), 'anything.png');
    expect(r.parts[0].kind).toBe('text');
    expect(r.summary.people).toBeGreaterThanOrEqual(100);
    expect(r.uninspectable).toBeUndefined();
  });

  it('reads Shift_JIS without being told', async () => {
    // @ts-expect-error plain ESM helper without types
    const { encodeShiftJis } = await import('../sites/sjis.mjs');
    const bytes = new Uint8Array(encodeShiftJis(csv));
    expect(sniffEncoding(bytes.subarray(0, 4096))).toBe('shift_jis');
    const r = await inspectFile(bytesSource(bytes));
    expect(r.summary.people).toBeGreaterThanOrEqual(100);
  });

  it('a harmless text or image has nobody in it', async () => {
    expect((await inspectFile(bytesSource(enc.encode('会議は15時からです。資料は共有フォルダにあります。')))).summary.people).toBe(0);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(2000).fill(7)]);
    const r = await inspectFile(bytesSource(png), 'photo.png');
    expect(r.parts[0].kind).toBe('media');
    expect(r.summary.people).toBe(0);
    expect(r.uninspectable).toBeUndefined();
  });

  it('a text file over the limit is scanned up to the limit and marked too large', async () => {
    const r = await inspectFile(bytesSource(enc.encode(csv)), 'big.csv', { ...INSPECT_LIMITS, maxTextBytes: 4000 });
    expect(r.uninspectable).toBe('too_large');
    expect(r.summary.people).toBeGreaterThan(0);
  });

  it('reads a 2 GB file in bounded slices (lazy Blob source) and stops at the limit', async () => {
    let read = 0;
    const size = 2 * 1024 ** 3;
    const line = enc.encode('山田 太郎,090-1234-5678,taro@example.jp\n');
    const src = {
      size,
      read: async (s: number, e: number) => {
        read += e - s;
        const out = new Uint8Array(e - s);
        for (let i = 0; i < out.length; i++) out[i] = line[(s + i) % line.length];
        return out;
      },
    };
    const r = await inspectFile(src, 'huge.csv', { ...INSPECT_LIMITS, maxTextBytes: 8 << 20 });
    expect(r.uninspectable).toBe('too_large');
    expect(read).toBeLessThan(16 << 20);
  });

  it('the policy caps inspection (default 32 MiB); past the cap a harmless file is uninspectable and warned, never passed unread', async () => {
    expect(inspectLimits(DEFAULT_POLICY.detection).maxTextBytes).toBe(32 << 20);
    const detection = { ...DEFAULT_POLICY.detection, maxFileBytes: 1 << 20 };
    const memo = enc.encode('会議は15時からです。資料は共有フォルダにあります。\n');
    let read = 0;
    const src = {
      size: (1 << 20) + 1,
      read: async (s: number, e: number) => {
        read += e - s;
        return Uint8Array.from({ length: e - s }, (_, i) => memo[(s + i) % memo.length]);
      },
    };
    const r = await inspectFile(src, 'notes.txt', inspectLimits(detection));
    expect(r.uninspectable).toBe('too_large');
    expect(read).toBeLessThanOrEqual((1 << 20) + (64 << 10)); // the cap, plus the 64 KiB head read to sniff the type
    const policy = { ...DEFAULT_POLICY, detection };
    const at = (kind: 'unapproved' | 'approved') => decide(policy, { channel: 'upload', sourceLabel: null, destination: { host: 'x.example', kind }, summary: r.summary, uninspectable: true, watchlisted: false, grants: [], now: 0 });
    expect(at('unapproved')).toMatchObject({ action: 'warn', rule: 'uninspectable' });
    expect(at('approved').action).toBe('allow');
  });

  it('the cap bounds the text read out of any container: a big XLSX is read up to it, then uninspectable', async () => {
    const x = await makeXlsx(rows());
    const whole = await inspectFile(bytesSource(x), 'customers.xlsx');
    expect(whole.uninspectable).toBeUndefined();
    const capped = await inspectFile(bytesSource(x), 'customers.xlsx', { ...INSPECT_LIMITS, maxTextBytes: 2000 });
    expect(capped.uninspectable).toBe('too_large');
    expect(capped.summary.people).toBeGreaterThan(0);
    expect(capped.summary.people).toBeLessThan(whole.summary.people);
    expect(capped.summary.scanned).toBeLessThanOrEqual(2000);
  });

  it('Blob sources slice instead of reading whole', async () => {
    const b = new Blob([csv]);
    const r = await inspectFile(blobSource(b));
    expect(r.summary.people).toBeGreaterThanOrEqual(100);
  });
});

describe('office documents', () => {
  it('XLSX rows (shared strings) reach the detector', async () => {
    const x = await makeXlsx(rows());
    const r = await inspectFile(bytesSource(x), 'report.bin');
    expect(r.parts[0].kind).toBe('xlsx');
    expect(r.summary.people).toBeGreaterThanOrEqual(100);
  });

  it('stored (uncompressed) XLSX too', async () => {
    const r = await inspectFile(bytesSource(await makeXlsx(rows(), { store: true })));
    expect(r.summary.people).toBeGreaterThanOrEqual(100);
  });

  it('DOCX paragraphs', async () => {
    const lines = csv.split(/\r?\n/).slice(1, 30).map((l: string) => l.replaceAll(',', ' '));
    const r = await inspectFile(bytesSource(await makeDocx(lines)));
    expect(r.parts[0].kind).toBe('docx');
    expect(r.summary.people).toBeGreaterThanOrEqual(20);
  });

  it('a CSV inside a plain zip is inspected', async () => {
    const z = await makeZip([{ name: 'export/customers.csv', data: csv }]);
    const r = await inspectFile(bytesSource(z));
    expect(r.parts[0].kind).toBe('zip');
    expect(r.summary.people).toBeGreaterThanOrEqual(100);
  });
});

describe('hostile and broken archives', () => {
  it('a zip bomb is refused by ratio before it is inflated', async () => {
    const zeros = new Uint8Array(64 << 20);
    const z = await makeZip([{ name: 'a.txt', data: zeros }]);
    expect(z.length).toBeLessThan(200_000);
    const r = await inspectFile(bytesSource(z));
    expect(r.uninspectable).toBe('zip_bomb');
  });

  it('a bomb that lies about its size is stopped while inflating', async () => {
    const zeros = new Uint8Array(64 << 20);
    const z = await makeZip([{ name: 'a.txt', data: zeros, claimSize: 10 }]);
    const r = await inspectFile(bytesSource(z));
    expect(r.uninspectable).toBe('zip_bomb');
  });

  it('total output of many entries is capped', async () => {
    const z = await makeZip(Array.from({ length: 6 }, (_, i) => ({ name: `p${i}.txt`, data: csv.repeat(20) })));
    const r = await inspectFile(bytesSource(z), undefined, { ...INSPECT_LIMITS, zip: { ...INSPECT_LIMITS.zip, maxTotalBytes: csv.length * 50 } });
    expect(r.uninspectable).toBe('too_large');
  });

  it('a truncated or corrupt XLSX is uninspectable, not a pass', async () => {
    const x = await makeXlsx(rows());
    expect((await inspectFile(bytesSource(x.subarray(0, x.length - 30)))).uninspectable).toBe('corrupt');
    const bad = x.slice();
    // garble the middle of the deflated sheet
    for (let i = 200; i < bad.length - 400; i += 7) bad[i] ^= 0x5a;
    const r = await inspectFile(bytesSource(bad));
    expect(r.uninspectable).toBeDefined();
  });

  it('an encrypted entry or a password-protected Office file (OLE2) is uninspectable', async () => {
    const z = await makeZip([{ name: 'customers.csv', data: csv, encryptedFlag: true }]);
    expect((await inspectFile(bytesSource(z))).uninspectable).toBe('encrypted');
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]);
    expect((await inspectFile(bytesSource(ole), 'customers.xlsx')).uninspectable).toBe('encrypted');
  });

  it('central directory offsets pointing outside the file are caught', async () => {
    const z = (await makeZip([{ name: 'a.txt', data: 'hello' }])).slice();
    const eocd = z.length - 22;
    new DataView(z.buffer).setUint32(eocd + 16, 0x7fffffff, true);
    await expect(ZipReader.open(bytesSource(z))).rejects.toThrow(/out of bounds/);
  });
});

describe('PDF', () => {
  const pdf = (content: string, flate = false) => {
    const body = flate ? deflateSync(Buffer.from(content, 'latin1')) : Buffer.from(content, 'latin1');
    return new Uint8Array(
      Buffer.concat([
        Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Length ${body.length}${flate ? ' /Filter /FlateDecode' : ''} >>\nstream\n`, 'latin1'),
        body,
        Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1'),
      ]),
    );
  };
  const page = 'BT /F1 12 Tf 72 700 Td (Taro Yamada  taro.yamada@example.co.jp  090-1234-5678) Tj T* (Hanako Sato  hanako@example.jp  080-2222-3333) Tj ET';

  it('reads text from uncompressed and FlateDecode content streams', async () => {
    expect(pdfText(pdf(page))).toContain('taro.yamada@example.co.jp');
    const r = await inspectFile(bytesSource(pdf(page, true)));
    expect(r.parts[0].kind).toBe('pdf');
    expect(r.summary.counts.email).toBe(2);
  });

  it('an encrypted PDF is uninspectable', async () => {
    const p = new Uint8Array(Buffer.from('%PDF-1.6\ntrailer\n<< /Encrypt 5 0 R /Root 1 0 R >>\n%%EOF', 'latin1'));
    expect((await inspectFile(bytesSource(p))).uninspectable).toBe('encrypted');
  });
});

describe('several parts count people once', () => {
  it('the same list as a field and a file is still the same people', async () => {
    const ins = new ContentInspector();
    ins.text(csv, 'comment');
    await ins.file(bytesSource(enc.encode(csv)), 'customers.csv');
    const one = await inspectFile(bytesSource(enc.encode(csv)));
    expect(ins.end().summary.people).toBe(one.summary.people);
  });
});

describe('request bodies are read as a person reads the form', () => {
  const rows = generateCustomers(5, 12) as { name: string; email: string; phone: string; address: string }[];
  const summaryOf = (fn: (ins: ContentInspector) => void) => {
    const ins = new ContentInspector();
    fn(ins);
    return ins.end().summary;
  };

  it('URL-encoded posts (jQuery, URLSearchParams) are decoded: names, e-mails and addresses are found', () => {
    const body = new URLSearchParams(rows.flatMap((r, i) => [[`customer[${i}][name]`, r.name], [`customer[${i}][email]`, r.email], [`customer[${i}][address]`, r.address]])).toString();
    expect(body).not.toContain('@'); // what the page really sends
    // read as written, only the percent-encoded e-mails (name%40example.com) are seen: no name, no address
    const raw = summaryOf((ins) => ins.text(body));
    expect(raw.counts.jp_address ?? 0).toBe(0);
    expect(raw.counts.person_name ?? 0).toBe(0);
    const s = summaryOf((ins) => ins.fields([{ text: body }]));
    expect(s.people).toBe(12);
    expect(s.counts.email).toBe(12);
    expect(s.counts.jp_address).toBe(12);
  });

  it('a multipart body written out as text is read part by part, its field names as labels', () => {
    const B = '----WebKitFormBoundary7MA4YWxk';
    const part = (name: string, v: string) => `${B}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${v}\r\n`;
    const body = part('applicant_kana', 'ミヤケ ヒナ') + part('dob', '1957/11/12') + part('tel1', '090') + part('tel2', '4411') + part('tel3', '2093') + `${B}--\r\n`;
    expect(readableBody(body)).toBe('applicant kana: ミヤケ ヒナ\ndob: 1957/11/12\ntel: 090-4411-2093');
    const s = summaryOf((ins) => ins.fields([{ text: body }]));
    expect(s.counts.date_of_birth).toBe(1);
    expect(s.counts.phone).toBe(1);
    // read as written, the birth date has no label and the phone is three numbers
    const raw = summaryOf((ins) => ins.text(body));
    expect(raw.counts.date_of_birth ?? 0).toBe(0);
    expect(readableBody('--not a boundary line\nhello')).toBe('--not a boundary line\nhello');
  });

  it('JSON with \\u escapes is decoded (as a body, and by the detector in any text); plain JSON and prose stay as written', () => {
    const json = JSON.stringify(rows.map((r) => ({ name: r.name, address: r.address }))).replace(/[\u0080-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
    expect(summaryOf((ins) => ins.text(json)).people).toBe(12);
    expect(summaryOf((ins) => ins.fields([{ text: json }])).people).toBe(12);
    expect(readableBody('{"a": "x"}')).toBe('{"a": "x"}');
    expect(readableBody('Hello = world & friends')).toBe('Hello = world & friends');
    expect(readableBody('{"broken": "\\u12')).toBe('{"broken": "\\u12');
  });

  it('a phone split over three boxes is one number, labelled by its field names', () => {
    const fields = [{ name: 'name', text: '山田 太郎' }, { name: 'tel1', text: '090' }, { name: 'tel2', text: '1234' }, { name: 'tel3', text: '5678' }, { name: 'zip[0]', text: '100' }, { name: 'zip[1]', text: '0001' }];
    expect(readableFields(fields)).toBe('name: 山田 太郎\ntel: 090-1234-5678\nzip: 100-0001');
    const s = summaryOf((ins) => ins.fields(fields));
    expect(s.counts.phone).toBe(1);
    expect(s.people).toBe(1);
    // Fields that only look alike are left alone: different stems, or values that are not short digit groups.
    expect(readableFields([{ name: 'tel1', text: '090' }, { name: 'fax1', text: '1234' }])).toBe('tel1: 090\nfax1: 1234');
    expect(readableFields([{ name: 'note1', text: 'abc' }, { name: 'note2', text: 'def' }])).toBe('note1: abc\nnote2: def');
  });

  it('malformed escapes and hostile sizes never throw', () => {
    expect(readableBody('a=%E5%B1&b=%ZZ&c=%E5%B1%B1')).toBe('a: %E5%B1\nb: %ZZ\nc: 山');
    const big = 'k=' + '%41'.repeat(300_000) + '&' + 'x1=1&'.repeat(50_000);
    expect(readableBody(big).length).toBeGreaterThan(300_000);
  });
});
