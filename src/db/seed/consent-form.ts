/**
 * The "scanned" signed consent form of a demo consent: a one-page PDF marked as synthetic,
 * so the evidence download, its SHA-256 and the receipt work on demo data exactly as on
 * an upload (modules/consent/evidence.ts checks the same %PDF- signature).
 */
import { createHash } from 'node:crypto';

export interface ConsentForm {
  fileName: string;
  contentType: 'application/pdf';
  content: Buffer;
  sha256: string;
}

/** PDF strings take printable ASCII; the standard fonts know nothing of Armenian or Cyrillic. */
const pdfText = (s: string) => s.replace(/[^\x20-\x7e]/g, '-').replace(/[\\()]/g, (c) => `\\${c}`);

function pdf(lines: string[]): Buffer {
  const text = lines.map((l, i) => `BT /F1 11 Tf 56 ${780 - 18 * i} Td (${pdfText(l)}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export function consentForm(f: { onedoorId: string; recipient: string; categories: string[]; decision: string; day: string }): ConsentForm {
  const content = pdf([
    'SYNTHETIC DEMO DOCUMENT - not a real person',
    'Consent to share personal data between partner agencies',
    `Client: ${f.onedoorId}`,
    `Recipient agency: ${f.recipient}`,
    `Data categories: ${f.categories.join(', ')}`,
    `Decision: ${f.decision}`,
    `Signed on ${f.day}`,
  ]);
  return {
    fileName: `consent-${f.onedoorId}-${f.day}.pdf`,
    contentType: 'application/pdf',
    content,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}
