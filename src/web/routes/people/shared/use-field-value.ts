/**
 * A person field's value as words: labels for codes (sex, education, language,
 * municipality), dates in the UI language, yes/no, and "not recorded" for an empty field
 * the viewer may see. Used by the record and by its change history.
 */
import { useTranslation } from 'react-i18next';
import { useMunicipalityNames } from '../../../components/use-options';
import { clientLanguages } from './vocabulary';
import { useDay } from './use-day';

export function useFieldValue() {
  const { t } = useTranslation('intake');
  const day = useDay();
  const { nameOf } = useMunicipalityNames();
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('value.notRecorded');
    if (typeof value === 'boolean') return value ? t('value.yes') : t('value.no');
    const text = String(value);
    switch (field) {
      case 'sex':
        return t(`people:sex.${text}`, { defaultValue: text });
      case 'educationLevel':
        return t(`people:educationLevel.${text}`, { defaultValue: text });
      case 'nameScript':
        return t(`people:nameScript.${text}`, { defaultValue: text });
      case 'birthDate':
        return day(text);
      case 'municipalityCode':
        return nameOf(text);
      case 'preferredLanguage':
        return (clientLanguages as readonly string[]).includes(text) ? t(`language.${text}`) : text;
      default:
        return text;
    }
  };
}
