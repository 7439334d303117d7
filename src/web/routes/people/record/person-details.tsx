/**
 * The record's own fields in groups. A field the server left out (a category the viewer
 * may not see) is not rendered at all, not even as a label, and a group with none of
 * its fields left is dropped; "not recorded" appears only for a visible, empty field.
 */
import { Paper, SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../api/people';
import { Fact, Facts } from '../shared/facts';
import { sectionTitle } from '../shared/person-form-fields';
import { langOfScript, latinName } from '../shared/person-name';
import { useFieldValue } from '../shared/use-field-value';

type Field = keyof PersonView;

const groups: readonly { key: string; fields: readonly Field[] }[] = [
  { key: 'identity', fields: ['familyName', 'givenName', 'patronymic', 'nameScript', 'sex', 'birthDate', 'nationalId'] },
  { key: 'contact', fields: ['phone', 'email', 'address', 'municipalityCode', 'preferredLanguage', 'interpreterNeeded'] },
  { key: 'other', fields: ['educationLevel', 'disability'] },
];

const nameFields: readonly Field[] = ['familyName', 'givenName', 'patronymic'];

export function PersonDetails({ person }: { person: PersonView }) {
  const { t } = useTranslation('intake');
  const valueOf = useFieldValue();
  const latin = latinName(person);
  const lang = langOfScript(person.nameScript);

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      {groups.map(({ key, fields }) => {
        const present = fields.filter((f) => f in person);
        if (present.length === 0) return null;
        return (
          <Paper key={key} component="section" withBorder p="lg" aria-labelledby={`person-${key}`}>
            <Title order={2} size="h4" mb="md" id={`person-${key}`}>
              {t(`form.section.${key === 'identity' ? 'nameAndIdentity' : sectionTitle(key, present)}`)}
            </Title>
            <Facts>
              {present.map((field) => (
                <Fact key={field} label={t(`field.${field}`)}>
                  <span lang={nameFields.includes(field) && person[field] ? lang : undefined}>{valueOf(field, person[field])}</span>
                </Fact>
              ))}
              {key === 'identity' && latin && <Fact label={t('field.latinName')}>{latin}</Fact>}
            </Facts>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
