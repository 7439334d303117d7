/** The people.json labels the web app shows cover every value the API can return, in every language. */
import { describe, expect, it } from 'vitest';
import en from '../../i18n/locales/en/people.json';
import hy from '../../i18n/locales/hy/people.json';
import ru from '../../i18n/locales/ru/people.json';
import { DocumentType, EducationLevel, LinkStatus, NameScript, Relationship, Sex } from './schema';
import { SearchReason } from './schema-records';

const enums = {
  sex: Sex.options,
  educationLevel: EducationLevel.options,
  nameScript: NameScript.options,
  documentType: DocumentType.options,
  relationship: Relationship.options,
  relation: ['lead', 'partner', 'registrar', 'break_glass'],
  searchReason: SearchReason.options,
  linkStatus: LinkStatus.options,
};

describe.each([['en', en], ['ru', ru], ['hy', hy]] as const)('%s', (_lng, labels) => {
  it.each(Object.entries(enums))('labels every %s', (group, values) => {
    const given = labels[group as keyof typeof labels] as Record<string, string>;
    expect(Object.keys(given).sort()).toEqual([...values].sort());
    expect(Object.values(given).every((v) => v.trim().length > 0)).toBe(true);
  });
});
