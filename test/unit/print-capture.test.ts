// Screenshot shortcuts, the watermark tile and the PDF text reader used by the print e2e tests.
import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { screenshotKey } from '../../utils/screenshot-keys';
import { watermarkTile } from '../../components/watermark';
import { pdfPages } from '../e2e/pdf-text';

const key = (type: string, key: string, code: string, metaKey = false, shiftKey = false) => ({ type, key, code, metaKey, shiftKey });

describe('screenshotKey', () => {
  it('knows PrintScreen (on keyup), macOS ⌘⇧3/4/5 and Windows Win+Shift+S', () => {
    expect(screenshotKey(key('keyup', 'PrintScreen', 'PrintScreen'))).toBe('PrintScreen');
    expect(screenshotKey(key('keydown', 'PrintScreen', 'PrintScreen'))).toBeNull();
    expect(screenshotKey(key('keydown', '#', 'Digit3', true, true))).toBe('Meta+Shift+3');
    expect(screenshotKey(key('keydown', '$', 'Digit4', true, true))).toBe('Meta+Shift+4');
    expect(screenshotKey(key('keydown', '%', 'Digit5', true, true))).toBe('Meta+Shift+5');
    expect(screenshotKey(key('keydown', 'S', 'KeyS', true, true))).toBe('Win+Shift+S');
  });
  it('ignores ordinary typing and other shortcuts', () => {
    expect(screenshotKey(key('keydown', 's', 'KeyS', true, false))).toBeNull(); // ⌘S: save
    expect(screenshotKey(key('keydown', '3', 'Digit3'))).toBeNull();
    expect(screenshotKey(key('keydown', 'S', 'KeyS', false, true))).toBeNull();
    expect(screenshotKey(key('keyup', 'S', 'KeyS', true, true))).toBeNull();
  });
});

describe('watermarkTile', () => {
  it('carries the lines as SVG text and escapes markup in user names', () => {
    const url = watermarkTile(['<b>山田</b> & "taro"', '2026-11-22 10:00 · ㊙ 秘']);
    const svg = decodeURIComponent(/^url\("data:image\/svg\+xml;charset=utf-8,(.*)"\)$/.exec(url)![1]);
    expect(svg).toContain('&#60;b&#62;山田&#60;/b&#62; &#38; &#34;taro&#34;');
    expect(svg).toContain('2026-11-22 10:00 · ㊙ 秘');
    expect(svg).not.toContain('<b>');
  });
});

describe('pdfPages', () => {
  it('maps glyph codes back to text through ToUnicode, per page', () => {
    const cmap = 'begincodespacerange <0000> <FFFF> endcodespacerange\n2 beginbfchar <0001> <79D8> <0002> <0041> endbfchar\n1 beginbfrange <0010> <0012> <0061> endbfrange';
    const content = deflateSync(Buffer.from('BT /F1 12 Tf <00010002> Tj [<0010> -20 <00110012>] TJ ET', 'latin1'));
    const obj = (n: number, dict: string, stream?: Buffer) =>
      stream ? Buffer.concat([Buffer.from(`${n} 0 obj\n<<${dict} /Length ${stream.length}>>\nstream\n`, 'latin1'), stream, Buffer.from('\nendstream\nendobj\n')]) : Buffer.from(`${n} 0 obj\n<<${dict}>>\nendobj\n`);
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.4\n'),
      obj(1, '/Type /Page /Resources <</Font <</F1 2 0 R>> >> /Contents 4 0 R'),
      obj(2, '/Type /Font /Subtype /Type0 /ToUnicode 3 0 R'),
      obj(3, '', Buffer.from(cmap, 'latin1')),
      obj(4, '/Filter /FlateDecode', content),
    ]);
    expect(pdfPages(pdf)).toEqual(['秘Aabc\n']);
  });
});
