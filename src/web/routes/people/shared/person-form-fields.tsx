/**
 * The inputs of a person record in groups (name; birth and identity; contact; language;
 * education and health), each a fieldset so screen readers announce the group. Only the
 * fields passed in are rendered: an edit form never hints at a category the viewer
 * may not see. Numbered legends and hints guide a registration.
 */
import type { ReactNode } from 'react';
import { Checkbox, Fieldset, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useMunicipalityNames } from '../../../components/use-options';
import type { PersonField, PersonFormValues } from './person-form';
import { requiredFields } from './person-form';
import { clientLanguages, educationLevels, sexes } from './vocabulary';

interface Props {
  form: UseFormReturnType<PersonFormValues>;
  fields: readonly PersonField[];
  /** Registration: numbered sections with hints. */
  guided?: boolean;
}

const sections: readonly { key: string; fields: readonly PersonField[] }[] = [
  { key: 'name', fields: ['familyName', 'givenName', 'patronymic'] },
  { key: 'identity', fields: ['birthDate', 'sex', 'nationalId'] },
  { key: 'contact', fields: ['phone', 'email', 'address', 'municipalityCode'] },
  { key: 'language', fields: ['preferredLanguage', 'interpreterNeeded'] },
  { key: 'other', fields: ['educationLevel', 'disability'] },
];

/** "Education and health" only when both are there: a title must not hint at a hidden field. */
export function sectionTitle(key: string, present: readonly string[]): string {
  if (key !== 'other' || present.length > 1) return key;
  return present[0] === 'disability' ? 'health' : 'education';
}

export function PersonFormFields({ form, fields, guided = false }: Props) {
  const { t } = useTranslation('intake');
  const municipalities = useMunicipalityNames();
  const shown = new Set(fields);
  const input = (field: PersonField) => ({
    label: t(`field.${field}`),
    required: requiredFields.includes(field),
    ...form.getInputProps(field),
  });
  const check = (field: PersonField) => ({ label: t(`field.${field}`), ...form.getInputProps(field, { type: 'checkbox' }) });
  const current = form.getValues().preferredLanguage;
  const languageOptions = clientLanguages.map((code) => ({ value: code as string, label: t(`language.${code}`) }));
  // A code recorded elsewhere (e.g. "ku-Arab") stays selectable as itself.
  if (current && !languageOptions.some((o) => o.value === current)) languageOptions.push({ value: current, label: current });

  const controls: Record<PersonField, () => ReactNode> = {
    familyName: () => <TextInput {...input('familyName')} autoComplete="off" spellCheck={false} data-autofocus />,
    givenName: () => <TextInput {...input('givenName')} autoComplete="off" spellCheck={false} />,
    patronymic: () => <TextInput {...input('patronymic')} autoComplete="off" spellCheck={false} description={t('form.hint.patronymic')} />,
    birthDate: () => <TextInput {...input('birthDate')} type="date" description={guided ? t('form.hint.birthDate') : undefined} />,
    sex: () => (
      <Select
        {...input('sex')}
        data={sexes.map((s) => ({ value: s, label: t(`people:sex.${s}`) }))}
        placeholder={t('form.choose')}
        allowDeselect={false}
      />
    ),
    nationalId: () => (
      <TextInput {...input('nationalId')} autoComplete="off" inputMode="numeric" spellCheck={false} description={t('form.hint.nationalId')} />
    ),
    phone: () => <TextInput {...input('phone')} type="tel" autoComplete="off" description={t('form.hint.phone')} />,
    email: () => <TextInput {...input('email')} type="email" autoComplete="off" />,
    address: () => <TextInput {...input('address')} autoComplete="off" />,
    municipalityCode: () => (
      <Select {...input('municipalityCode')} data={municipalities.options} searchable clearable placeholder={t('form.choose')} />
    ),
    preferredLanguage: () => (
      <Select {...input('preferredLanguage')} data={languageOptions} searchable allowDeselect={false} description={t('form.hint.language')} />
    ),
    interpreterNeeded: () => <Checkbox mt="xs" {...check('interpreterNeeded')} />,
    educationLevel: () => (
      <Select
        {...input('educationLevel')}
        data={educationLevels.map((e) => ({ value: e, label: t(`people:educationLevel.${e}`) }))}
        clearable
        placeholder={t('form.notRecorded')}
      />
    ),
    disability: () => <Switch mt="xs" {...check('disability')} />,
  };

  const visible = sections
    .map((s) => ({ ...s, fields: s.fields.filter((f) => shown.has(f)) }))
    .filter((s) => s.fields.length > 0)
    .map((s) => ({ ...s, title: t(`form.section.${sectionTitle(s.key, s.fields)}`) }));
  return (
    <Stack gap="lg">
      {visible.map((section, i) => (
        <Fieldset key={section.key} legend={guided ? `${i + 1}. ${section.title}` : section.title} styles={{ legend: { fontWeight: 700 } }}>
          {guided && (
            <Text size="sm" c="gray.7" mb="sm">
              {t(`form.sectionHint.${section.key}`)}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {section.fields.map((field) => (
              <div key={field}>{controls[field]()}</div>
            ))}
          </SimpleGrid>
        </Fieldset>
      ))}
    </Stack>
  );
}
