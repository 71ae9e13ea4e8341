// Text of Office Open XML documents (XLSX rows as tab-separated lines, DOCX/PPTX paragraphs) for the detector.
import type { ZipReader } from './zip';

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    if (e[0] !== '#') return ENTITY[e];
    const n = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
  });
}

/** Paragraph-ish text of a WordprocessingML / DrawingML part: paragraph and row ends become line breaks, cells tabs. */
export function xmlText(xml: string): string {
  return unescapeXml(
    xml
      .replace(/<\/(?:w:p|a:p|w:tr|row)>/g, '\n')
      .replace(/<\/(?:w:tc|a:tc|c)>|<w:tab\/>/g, '\t')
      .replace(/<[^>]*>/g, ''),
  );
}

export type OfficeKind = 'xlsx' | 'docx' | 'pptx';
export function officeKind(zip: ZipReader): OfficeKind | null {
  if (zip.find('xl/workbook.xml')) return 'xlsx';
  if (zip.find('word/document.xml')) return 'docx';
  if (zip.find('ppt/presentation.xml')) return 'pptx';
  return null;
}

const utf8 = new TextDecoder();

/** Feeds a document's text to `push` part by part (one sheet or slide at a time keeps memory bounded). */
export async function officeText(zip: ZipReader, kind: OfficeKind, push: (text: string) => void): Promise<void> {
  const byNumber = (re: RegExp) =>
    zip.entries.filter((e) => re.test(e.name)).sort((a, b) => Number(a.name.match(/(\d+)\.xml$/)?.[1] ?? 0) - Number(b.name.match(/(\d+)\.xml$/)?.[1] ?? 0));
  if (kind === 'docx') {
    for (const e of zip.entries.filter((e) => /^word\/(document|header\d*|footer\d*|footnotes|comments)\.xml$/.test(e.name))) push(xmlText(utf8.decode(await zip.read(e))));
    return;
  }
  if (kind === 'pptx') {
    for (const e of byNumber(/^ppt\/(slides\/slide|notesSlides\/notesSlide)\d+\.xml$/)) push(xmlText(utf8.decode(await zip.read(e))) + '\n');
    return;
  }
  const sst = zip.find('xl/sharedStrings.xml');
  const shared: string[] = [];
  if (sst) {
    const xml = utf8.decode(await zip.read(sst));
    for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>/g)) shared.push(unescapeXml(m[1].replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').replace(/<[^>]*>/g, '')));
  }
  for (const e of byNumber(/^xl\/worksheets\/sheet\d+\.xml$/)) {
    const xml = utf8.decode(await zip.read(e));
    let lines: string[] = [];
    for (const row of xml.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
      const cells: string[] = [];
      for (const c of row[1].matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const attrs = c[1];
        const body = c[2] ?? '';
        const t = attrs.match(/\bt="(\w+)"/)?.[1];
        let v: string;
        if (t === 'inlineStr') v = unescapeXml(body.replace(/<[^>]*>/g, ''));
        else {
          const raw = unescapeXml(body.match(/<v>([\s\S]*?)<\/v>/)?.[1] ?? '');
          v = t === 's' ? (shared[Number(raw)] ?? '') : raw;
        }
        cells.push(v.replace(/[\t\r\n]+/g, ' '));
      }
      lines.push(cells.join('\t'));
      if (lines.length >= 2000) push(lines.join('\n') + '\n'), (lines = []);
    }
    if (lines.length) push(lines.join('\n') + '\n');
    push('\n');
  }
}
