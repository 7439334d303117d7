/**
 * What the referral carries of the client: exactly the snapshot taken when it was sent
 * (the receiving agency sees nothing else), category by category. A draft carries nothing
 * yet: the categories chosen are listed, to be copied when it is sent.
 */
import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useAssessmentFormats } from '../assessment/formats';
import { wrappingBadge } from '../cases/badge-styles';
import type { ReferralView, SharedSnapshot } from './api';

type PersonField = keyof SharedSnapshot['person'];
const personFields: PersonField[] = [
  'onedoorId', 'nationalId', 'familyName', 'givenName', 'patronymic', 'familyNameLatin', 'givenNameLatin', 'sex', 'birthDate',
  'phone', 'email', 'address', 'municipalityCode', 'preferredLanguage', 'interpreterNeeded', 'educationLevel', 'disability',
];

function useValueText() {
  const { t } = useTranslation('referrals');
  const { day } = useAssessmentFormats();
  return (field: PersonField, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('intake:value.notRecorded');
    if (typeof value === 'boolean') return value ? t('intake:value.yes') : t('intake:value.no');
    const text = String(value);
    if (field === 'sex') return t(`people:sex.${text}`, { defaultValue: text });
    if (field === 'educationLevel') return t(`people:educationLevel.${text}`, { defaultValue: text });
    if (field === 'birthDate') return day(text);
    if (field === 'preferredLanguage') return t(`catalogue:language.${text}`, { defaultValue: text });
    return text;
  };
}

export function CarriedData({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  const valueText = useValueText();
  const shared = referral.shared;
  const categories = shared?.categories ?? referral.categories;

  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="referral-carried">
      <Title order={2} size="h4" id="referral-carried" mb={4}>
        {t('web.carried.title')}
      </Title>
      <Text size="sm" c="gray.7" mb="sm">
        {shared ? t('web.carried.snapshot', { at: format.dateTime(shared.takenAt) }) : t('web.carried.draft')}
      </Text>
      <Group gap={6} mb="md" aria-label={t('web.carried.categories')} role="list">
        {categories.map((c) => (
          <Badge key={c} role="listitem" variant="light" color="indigo" c="indigo.9" radius="sm" tt="none" styles={wrappingBadge}>
            {t(`casework:category.${c}`)}
          </Badge>
        ))}
      </Group>
      {shared && (
        <Stack gap="md">
          <Table withTableBorder={false} verticalSpacing={6} layout="fixed" id="referral-person">
            <Table.Caption className="visually-hidden">{t('web.carried.person')}</Table.Caption>
            <Table.Tbody>
              {personFields
                .filter((f) => f in shared.person)
                .map((f) => (
                  <Table.Tr key={f}>
                    <Table.Th scope="row" w="40%" fw={500} c="gray.8">
                      {t(`intake:field.${f}`)}
                    </Table.Th>
                    <Table.Td style={{ overflowWrap: 'anywhere' }} data-field={f}>
                      {valueText(f, shared.person[f])}
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
          {shared.documents && shared.documents.length > 0 && (
            <div>
              <Title order={3} size="h5" mb={4}>
                {t('intake:documents.title')}
              </Title>
              <Table.ScrollContainer minWidth={480}>
                <Table verticalSpacing={4}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('intake:documents.type')}</Table.Th>
                      <Table.Th scope="col">{t('intake:documents.number')}</Table.Th>
                      <Table.Th scope="col">{t('intake:documents.issuedBy')}</Table.Th>
                      <Table.Th scope="col">{t('intake:documents.validUntil')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {shared.documents.map((d, i) => (
                      <Table.Tr key={`${d.documentType}-${i}`}>
                        <Table.Td>{t(`people:documentType.${d.documentType}`, { defaultValue: d.documentType })}</Table.Td>
                        <Table.Td>{d.number}</Table.Td>
                        <Table.Td>{d.issuedBy ?? '—'}</Table.Td>
                        <Table.Td>{d.validUntil ?? '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </div>
          )}
          {shared.unemploymentSpells && shared.unemploymentSpells.length > 0 && (
            <div>
              <Title order={3} size="h5" mb={4}>
                {t('intake:spells.title')}
              </Title>
              <Stack component="ul" gap={2} m={0} pl="md">
                {shared.unemploymentSpells.map((s, i) => (
                  <Text component="li" size="sm" key={`${s.startedOn}-${i}`}>
                    {s.startedOn} – {s.endedOn ?? t('intake:value.ongoing')}
                    {s.endReason && ` · ${t(`intake:spells.reason.${s.endReason}`, { defaultValue: s.endReason })}`}
                  </Text>
                ))}
              </Stack>
            </div>
          )}
          {shared.benefits && shared.benefits.length > 0 && (
            <div>
              <Title order={3} size="h5" mb={4}>
                {t('intake:benefits.title')}
              </Title>
              <Stack component="ul" gap={2} m={0} pl="md">
                {shared.benefits.map((b, i) => (
                  <Text component="li" size="sm" key={`${b.benefitType}-${i}`}>
                    {t(`intake:benefits.kind.${b.benefitType}`, { defaultValue: b.benefitType })}: {b.startedOn} – {b.endedOn ?? t('intake:value.ongoing')}
                    {b.monthlyAmount && ` · ${b.monthlyAmount} ${b.currency}`}
                  </Text>
                ))}
              </Stack>
            </div>
          )}
        </Stack>
      )}
    </Paper>
  );
}
