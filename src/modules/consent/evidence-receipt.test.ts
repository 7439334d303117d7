import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { consentBody, insertPerson, staffOfNewAgency, type Staff } from '../cases/test-fixtures';
import { MAX_EVIDENCE_BYTES } from './schema';

let ctx: TestContext;
let lead: Staff;
let partner: Staff;
let personId: string;
let onedoorId: string;

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);
const signedForm = (content: Buffer, contentType = 'application/pdf') => ({
  evidenceType: 'signed_form',
  evidence: { fileName: 'consent form.pdf', contentType, contentBase64: content.toString('base64') },
});

beforeAll(async () => {
  ctx = await createTestApp();
  lead = await staffOfNewAgency(ctx, ['case_manager']);
  partner = await staffOfNewAgency(ctx, ['specialist']);
  ({ id: personId, onedoorId } = await insertPerson(ctx, lead.agencyId));
});
afterAll(() => ctx.close());

describe('evidence of consent', () => {
  it('stores a signed form with its SHA-256 and serves it back, audited', async () => {
    const res = await lead.post(`/api/people/${personId}/consents`, consentBody(partner.agencyId, signedForm(PDF)));
    expect(res.statusCode).toBe(201);
    const sha256 = createHash('sha256').update(PDF).digest('hex');
    expect(res.json().evidence).toEqual({ fileName: 'consent form.pdf', contentType: 'application/pdf', sha256, size: PDF.length });
    const file = await lead.get(`/api/consents/${res.json().id}/evidence`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe("attachment; filename*=UTF-8''consent%20form.pdf");
    expect(file.rawPayload.equals(PDF)).toBe(true);
    const audit = await ctx.db.selectFrom('audit_event').select('person_id').where('action', '=', 'consent.evidence.read').executeTakeFirstOrThrow();
    expect(audit.person_id).toBe(personId);
  });

  it('requires the form for signed_form, and checks its size and type with field paths', async () => {
    const missing = await lead.post(`/api/people/${personId}/consents`, consentBody(partner.agencyId, { evidenceType: 'signed_form' }));
    expect(missing.json().fields).toEqual([expect.objectContaining({ field: 'evidence', code: 'evidence_required' })]);

    const tooBig = Buffer.concat([PDF, Buffer.alloc(MAX_EVIDENCE_BYTES)]);
    const big = await lead.post(`/api/people/${personId}/consents`, consentBody(partner.agencyId, signedForm(tooBig)));
    expect(big.statusCode).toBe(400);
    expect(big.json().fields).toEqual([expect.objectContaining({ field: 'evidence.contentBase64', code: 'file_too_large', message: 'The file must be at most 5 MB' })]);

    const html = Buffer.from('<html><script>alert(1)</script></html>');
    const disguised = await lead.post(`/api/people/${personId}/consents`, consentBody(partner.agencyId, signedForm(html)));
    expect(disguised.json().fields).toEqual([expect.objectContaining({ field: 'evidence.contentType', code: 'file_type_mismatch' })]);

    const wrongType = await lead.post(`/api/people/${personId}/consents`, consentBody(partner.agencyId, signedForm(PDF, 'text/html')));
    expect(wrongType.json().fields).toEqual([expect.objectContaining({ field: 'evidence.contentType', code: 'invalid_value' })]);

    lead.language = 'hy';
    const notBase64 = await lead.post(`/api/people/${personId}/consents`, consentBody(partner.agencyId, {
      evidenceType: 'signed_form', evidence: { fileName: 'a.pdf', contentType: 'application/pdf', contentBase64: 'not base64!' },
    }));
    lead.language = 'en';
    expect(notBase64.json().fields).toEqual([expect.objectContaining({ field: 'evidence.contentBase64', code: 'invalid_format' })]);
    const count = await ctx.db.selectFrom('consent_record').select((eb) => eb.fn.countAll<number>().as('n')).where('person_id', '=', personId).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });
});

describe('ISO/IEC TS 27560 receipt', () => {
  it('exports the record with DPV purposes, categories and its state history', async () => {
    const consent = (await lead.post(`/api/people/${personId}/consents`, consentBody(partner.agencyId, {
      dataCategories: ['identity', 'health'], purposes: ['case_work', 'evaluation'], noticeLanguage: 'ru',
    }))).json();
    await lead.post(`/api/consents/${consent.id}/withdraw`, { version: 1 });
    const receipt = await lead.get(`/api/consents/${consent.id}/receipt`);
    expect(receipt.statusCode).toBe(200);
    expect(receipt.json()).toMatchObject({
      schema_version: expect.stringContaining('27560'),
      record_id: consent.id,
      receipt_id: `${consent.id}/v2`,
      pii_principal_id: onedoorId,
      consent_status: { status: 'withdrawn', dpv: 'https://w3id.org/dpv#ConsentWithdrawn' },
      pii_processing: {
        language: 'ru',
        purposes: [
          {
            purpose: 'case_work',
            purpose_type: 'https://w3id.org/dpv#ServiceProvision',
            lawful_basis: 'https://w3id.org/dpv#Consent',
            pii_information: [
              { pii_type: 'identity', pii_category: 'https://w3id.org/dpv/pd#Identifying', special_pii_category: false },
              { pii_type: 'health', pii_category: 'https://w3id.org/dpv/pd#Health', special_pii_category: true },
            ],
            pii_controllers: [lead.agencyId],
            recipient_third_parties: [partner.agencyId],
          },
          { purpose: 'evaluation', purpose_type: 'https://w3id.org/dpv#ServiceOptimisation' },
        ],
      },
      party_identification: [
        { party_id: lead.agencyId, party_role: 'PII Controller', party_name: expect.any(String) },
        { party_id: partner.agencyId, party_role: 'Recipient', party_name: expect.any(String) },
      ],
      collection_method: { method: 'verbal_witnessed', consent_type: 'https://w3id.org/dpv#ExplicitlyExpressedConsent', evidence_sha256: null },
      validity: { valid_from: consent.validFrom, valid_until: null },
      event: [
        { state: 'given', type: 'explicit', entity_id: onedoorId },
        { state: 'withdrawn', type: 'explicit', entity_id: onedoorId },
      ],
    });
    const audit = await ctx.db.selectFrom('audit_event').select('action').where('subject_id', '=', consent.id).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['consent.record', 'consent.withdraw', 'consent.receipt.export']));
  });
});
