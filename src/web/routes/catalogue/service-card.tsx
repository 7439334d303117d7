/** One search result: provider, type, free places, languages, locations and opening hours. */
import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { days, localText, type SearchHit } from './api';

interface Props {
  service: SearchHit;
  barrierNames: Map<string, string>;
  municipalityName: (code: string) => string;
  onEdit?: () => void;
}

export function ServiceCard({ service: s, barrierNames, municipalityName, onEdit }: Props) {
  const { t, i18n } = useTranslation('catalogue');
  const language = i18n.resolvedLanguage ?? 'en';
  const name = localText(s.name, language);
  const dayNames = (byday: string) =>
    days.filter((d) => byday.split(',').includes(d)).map((d) => t(`dayShort.${d}`)).join(', ');
  const free = s.places.freePlaces > 0;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`service-${s.id}`}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div style={{ minWidth: 0, flex: '1 1 240px' }}>
          <Title order={2} size="h4" id={`service-${s.id}`} style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Title>
          <Text size="sm" c="gray.7">
            {t('card.provider', { agency: s.agency.name })} · {t(`type.${s.type}`)}
            {s.status === 'inactive' && ` · ${t('status.inactive')}`}
          </Text>
        </div>
        <Group gap="xs">
          <Badge color={free ? 'teal.9' : 'red.9'} variant="filled" size="lg" style={{ textTransform: 'none' }}>
            {t('card.free', { count: s.places.freePlaces, capacity: s.places.capacity })}
          </Badge>
          {onEdit && (
            <Button variant="light" size="xs" onClick={onEdit} aria-label={t('card.editNamed', { name })}>
              {t('card.edit')}
            </Button>
          )}
        </Group>
      </Group>
      {localText(s.description, language) && (
        <Text size="sm" mt="xs">
          {localText(s.description, language)}
        </Text>
      )}
      <Stack gap={4} mt="sm">
        <Text size="sm">
          <b>{t('card.reserved')}:</b> {t('card.reservedValue', { free: s.places.freeReservedPlaces, reserved: s.places.reservedPlaces })}
        </Text>
        <Text size="sm">
          <b>{t('card.languages')}:</b> {s.languages.length ? s.languages.map((l) => t(`language.${l}`, { defaultValue: l })).join(', ') : t('card.notGiven')}
        </Text>
        <Text size="sm">
          <b>{t('card.cost')}:</b>{' '}
          {s.costPerParticipant === null ? t('card.noCost') : `${s.costPerParticipant.toLocaleString(language)} ${s.costCurrency}`}
        </Text>
        {s.barriers.length > 0 && (
          <Text size="sm">
            <b>{t('card.barriers')}:</b>{' '}
            {s.barriers.map((b) => (s.matchedBarriers.includes(b) ? `${barrierNames.get(b) ?? b} ✓` : (barrierNames.get(b) ?? b))).join(', ')}
          </Text>
        )}
        <div>
          <Text size="sm" fw={700}>
            {t('card.locations')}
          </Text>
          {s.locations.length === 0 ? (
            <Text size="sm">{t('card.notGiven')}</Text>
          ) : (
            <List size="sm">
              {s.locations.map((l) => (
                <List.Item key={l.id}>
                  {l.name}, {l.address} ({municipalityName(l.municipalityCode)})
                </List.Item>
              ))}
            </List>
          )}
        </div>
        <div>
          <Text size="sm" fw={700}>
            {t('card.schedule')}
          </Text>
          {s.schedule.length === 0 ? (
            <Text size="sm">{t('card.notGiven')}</Text>
          ) : (
            <List size="sm">
              {s.schedule.map((e, i) => (
                <List.Item key={i}>
                  {dayNames(e.byday)}: {e.opensAt}–{e.closesAt}
                </List.Item>
              ))}
            </List>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
