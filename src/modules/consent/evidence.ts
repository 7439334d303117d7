/**
 * The uploaded consent form: decoded, size-checked and matched against its declared type
 * by its first bytes, so a renamed executable or HTML page is not stored as "a PDF" and
 * later served back to another user's browser.
 */
import { createHash } from 'node:crypto';
import { fieldError } from '../../server/errors';
import { MAX_EVIDENCE_BYTES, type EvidenceContentType } from './schema';

const SIGNATURES: Record<EvidenceContentType, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

export interface DecodedEvidence {
  fileName: string;
  contentType: EvidenceContentType;
  content: Buffer;
  sha256: string;
}

export function decodeEvidence(input: { fileName: string; contentType: EvidenceContentType; contentBase64: string }): DecodedEvidence {
  // Checked on the encoded length first, so an oversized upload is refused before decoding it.
  if (Math.floor((input.contentBase64.length * 3) / 4) - 2 > MAX_EVIDENCE_BYTES) throw tooLarge();
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length > MAX_EVIDENCE_BYTES) throw tooLarge();
  if (content.length === 0) throw fieldError('evidence.contentBase64', 'required');
  const signature = SIGNATURES[input.contentType];
  if (!signature.every((byte, i) => content[i] === byte)) throw fieldError('evidence.contentType', 'file_type_mismatch');
  return { fileName: input.fileName, contentType: input.contentType, content, sha256: createHash('sha256').update(content).digest('hex') };
}

const tooLarge = () => fieldError('evidence.contentBase64', 'file_too_large', { maximum: MAX_EVIDENCE_BYTES / 1024 / 1024 });
