/** The signed consent form as the API takes it: base64 inside the JSON body, checked here first for size and type. */
import { MAX_EVIDENCE_MB, evidenceContentTypes, type EvidenceContentType } from '../../api/consent';

export function isEvidenceType(type: string): type is EvidenceContentType {
  return (evidenceContentTypes as readonly string[]).includes(type);
}

export const tooLarge = (file: File) => file.size > MAX_EVIDENCE_MB * 1024 * 1024;

export function readEvidence(file: File): Promise<{ fileName: string; contentType: EvidenceContentType; contentBase64: string }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.onload = () => {
      // A data: URL is "data:<type>;base64,<content>"; the API wants the content only.
      const url = String(reader.result);
      const contentType = isEvidenceType(file.type) ? file.type : 'application/pdf';
      resolve({ fileName: file.name.replace(/[/\\]/g, '_').slice(0, 200), contentType, contentBase64: url.slice(url.indexOf(',') + 1) });
    };
    reader.readAsDataURL(file);
  });
}
