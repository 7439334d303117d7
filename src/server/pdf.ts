/**
 * Printable documents (plans, letters) with PDFKit. Armenian and Cyrillic must both render:
 * no single font of ours covers both, so text is split into runs by script and each run is
 * set in a font that has its glyphs (Noto Sans for Latin and Cyrillic, Noto Sans Armenian
 * for Armenian). The fonts come from npm packages, so a fresh `npm install` has them, and
 * they are embedded (subset) in every file.
 */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const FONTS = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  armenian: require.resolve('@expo-google-fonts/noto-sans-armenian/400Regular/NotoSansArmenian_400Regular.ttf'),
  armenianBold: require.resolve('@expo-google-fonts/noto-sans-armenian/700Bold/NotoSansArmenian_700Bold.ttf'),
} as const;

export type Pdf = PDFKit.PDFDocument;
export type Weight = 'regular' | 'bold';

const ARMENIAN = /[\u0530-\u058F\uFB13-\uFB17]/;
// Spaces, digits and punctuation exist in both fonts: they stay in the run they are in.
const NEUTRAL = /[\s\d.,:;!?()«»"'\-–—/№%+·•]/;

/** Splits text into runs that one font can set: Armenian, or everything else. */
export function scriptRuns(text: string): { text: string; armenian: boolean }[] {
  const runs: { text: string; armenian: boolean }[] = [];
  for (const ch of text) {
    const last = runs.at(-1);
    const armenian = ARMENIAN.test(ch);
    if (last && (last.armenian === armenian || NEUTRAL.test(ch))) last.text += ch;
    else runs.push({ text: ch, armenian });
  }
  return runs;
}

export function createPdf(meta: { title: string; language: string }): Pdf {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 56, right: 56 }, bufferPages: true, lang: meta.language, info: { Title: meta.title } });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file);
  doc.font('regular');
  return doc;
}

/**
 * Writes a paragraph in any mix of scripts, wrapping across font changes. Runs after the
 * first are given no position at all: PDFKit starts a new line for a run placed explicitly.
 */
export function write(doc: Pdf, text: string, o: { size?: number; weight?: Weight; gap?: number; color?: string; at?: { x: number; y: number } } = {}) {
  const runs = scriptRuns(text || ' ');
  doc.fontSize(o.size ?? 10).fillColor(o.color ?? '#1a1a1a');
  runs.forEach((run, i) => {
    const font = run.armenian ? (o.weight === 'bold' ? 'armenianBold' : 'armenian') : o.weight ?? 'regular';
    const options = { continued: i < runs.length - 1, lineBreak: !o.at };
    if (i === 0 && o.at) doc.font(font).text(run.text, o.at.x, o.at.y, options);
    else doc.font(font).text(run.text, options);
  });
  if (o.gap) doc.moveDown(o.gap);
}

/** The whole document as bytes. */
export function finish(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** "Page 1 of 3" (or any words) at the foot of every page, once the content is laid out. */
export function footers(doc: Pdf, label: (page: number, pages: number) => string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Below the bottom margin: without lifting it, PDFKit would start a new page for the footer.
    doc.page.margins.bottom = 0;
    write(doc, label(i + 1, range.count), { size: 8, color: '#555555', at: { x: doc.page.margins.left, y: doc.page.height - 36 } });
    doc.page.margins.bottom = bottom;
  }
}
