/** The person form's API bodies: what registration sends, and that an edit sends only what changed. */
import { describe, expect, it } from 'vitest';
import type { PersonView } from '../../../api/people';
import { editableFieldsOf, emptyPerson, registrationBody, updateBody, valuesOf } from './person-form';

const view = {
  id: '00000000-0000-4000-8000-000000000001',
  onedoorId: 'OD-0000-0001',
  version: 3,
  relation: 'registrar',
  visibleCategories: ['contact', 'identity'],
  registeredAt: '2026-01-01T00:00:00.000Z',
  givenName: 'Անի',
  familyName: 'Պետրոսյան',
  patronymic: null,
  sex: 'female',
  birthDate: '1990-05-17',
  nationalId: null,
  phone: '+37491123456',
  email: null,
  address: null,
  municipalityCode: null,
  preferredLanguage: 'hy',
  interpreterNeeded: false,
} satisfies Partial<PersonView> as PersonView;

describe('registration', () => {
  it('trims, sends empty optional text as null and leaves out an empty language', () => {
    const body = registrationBody({
      ...emptyPerson,
      givenName: ' Anna ',
      familyName: 'Petrosyan',
      sex: 'female',
      birthDate: '1990-05-17',
      phone: '  ',
      preferredLanguage: null,
    });
    expect(body).toMatchObject({ givenName: 'Anna', familyName: 'Petrosyan', phone: null, interpreterNeeded: false, educationLevel: null });
    expect(body).not.toHaveProperty('preferredLanguage');
    expect(body).not.toHaveProperty('disability');
  });
});

describe('editing', () => {
  it('offers exactly the fields the server sent (hidden categories are absent)', () => {
    const fields = editableFieldsOf(view);
    expect(fields).toContain('phone');
    expect(fields).not.toContain('educationLevel');
    expect(fields).not.toContain('disability');
  });

  it('sends only changed fields, with the version read', () => {
    const before = valuesOf(view);
    const { body, changed } = updateBody(before, { ...before, phone: '+37410000001', email: ' ' }, editableFieldsOf(view), view.version);
    expect(changed).toEqual(['phone']);
    expect(body).toEqual({ phone: '+37410000001', version: 3 });
  });

  it('clearing a field sends null', () => {
    const before = valuesOf(view);
    expect(updateBody(before, { ...before, phone: '' }, ['phone'], 3).body).toEqual({ phone: null, version: 3 });
  });
});
