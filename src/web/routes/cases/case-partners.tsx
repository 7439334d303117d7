/**
 * Partner agencies of the case. Joining shows a partner nothing by itself: what its staff
 * see still depends on the client's consent, which the page says next to the list.
 */
import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../api/cases';
import { useFormat } from '../../i18n/format';
import { useCaseRights } from './case-rights';
import { EndPartnershipModal } from './end-partnership-modal';
import { PartnerAddModal } from './partner-add-modal';

type Partner = CaseView['partners'][number];

export function CasePartners({ caseView: c }: { caseView: CaseView }) {
  const { t } = useTranslation('casework');
  const format = useFormat();
  const rights = useCaseRights(c);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<Partner | null>(null);

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="case-partners">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={2} size="h4" id="case-partners">
          {t('partners.title')}
        </Title>
        {rights.addPartner && (
          <Button size="xs" onClick={() => setAdding(true)}>
            {t('partners.add')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="gray.7" mb="md">
        {t('partners.consentNote')}
      </Text>
      {c.partners.length === 0 ? (
        <Text size="sm">{t('partners.none')}</Text>
      ) : (
        <Stack component="ul" gap="sm" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {c.partners.map((p) => (
            <Group component="li" key={p.agencyId} justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Text size="sm" fw={500}>
                  {p.agencyName}
                </Text>
                <Text size="xs" c="gray.7">
                  {p.role ? `${p.role} · ` : ''}
                  {t('partners.joined', { date: format.dateTime(p.joinedAt) })}
                </Text>
              </div>
              {rights.endPartnership(p.agencyId) && (
                <Button size="xs" variant="subtle" color="red" onClick={() => setEnding(p)} aria-label={t('partners.endNamed', { agency: p.agencyName })}>
                  {t('partners.end')}
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {adding && <PartnerAddModal caseView={c} onClose={() => setAdding(false)} />}
      {ending && <EndPartnershipModal caseView={c} partner={ending} onClose={() => setEnding(null)} />}
    </Paper>
  );
}
