/**
 * The service catalogue: every staff member searches it by barrier, type, municipality,
 * language, free places and name; coordinators (catalogue.manage) add and edit services
 * and add places.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Center, Checkbox, Group, Loader, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { PageHeader } from '../../components/page-header';
import { ProblemAlert } from '../../components/problem-alert';
import { useMunicipalityNames } from '../../components/use-options';
import { localText, serviceLanguages, serviceTypes, useBarriers, useCatalogueSearch, type Service } from './api';
import { LocationFormModal } from './location-form-modal';
import { ServiceCard } from './service-card';
import { ServiceFormModal } from './service-form-modal';

const pageSize = 10;

export function CataloguePage() {
  const { t, i18n } = useTranslation('catalogue');
  const language = i18n.resolvedLanguage ?? 'en';
  const me = useSession();
  const canManage = me.permissions.includes('catalogue.manage');
  const municipalities = useMunicipalityNames();
  const barriers = useBarriers();
  const [barrierCodes, setBarrierCodes] = useState<string[]>([]);
  const [type, setType] = useState<string | null>(null);
  const [municipality, setMunicipality] = useState<string | null>(null);
  const [serviceLanguage, setServiceLanguage] = useState<string | null>(null);
  const [freeOnly, setFreeOnly] = useState(false);
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const [offset, setOffset] = useState(0);
  // undefined: closed; null: creating; a service: editing it.
  const [editing, setEditing] = useState<Service | null | undefined>(undefined);
  const [addingLocation, setAddingLocation] = useState(false);

  const filter = { barriers: barrierCodes, type, municipality, language: serviceLanguage, freeOnly, q, limit: pageSize, offset };
  const search = useCatalogueSearch(filter, language);
  const changed = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setOffset(0);
  };

  const barrierNames = useMemo(
    () => new Map((barriers.data ?? []).map((b) => [b.code, localText(b.label, language)])),
    [barriers.data, language],
  );
  const barrierOptions = [...barrierNames].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, language));
  const page = search.data;
  const total = page?.total ?? 0;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('subtitle')}
        actions={
          canManage && (
            <>
              <Button variant="default" onClick={() => setAddingLocation(true)}>
                {t('location.create')}
              </Button>
              <Button onClick={() => setEditing(null)}>{t('form.createTitle')}</Button>
            </>
          )
        }
      />
      <form role="search" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mb="md">
          <MultiSelect
            label={t('filters.barriers')}
            placeholder={barrierCodes.length ? undefined : t('filters.any')}
            data={barrierOptions}
            value={barrierCodes}
            onChange={changed(setBarrierCodes)}
            searchable
            clearable
          />
          <Select
            label={t('filters.type')}
            placeholder={t('filters.any')}
            data={serviceTypes.map((v) => ({ value: v, label: t(`type.${v}`) }))}
            value={type}
            onChange={changed(setType)}
            clearable
          />
          <Select
            label={t('filters.municipality')}
            placeholder={t('filters.any')}
            data={municipalities.options}
            value={municipality}
            onChange={changed(setMunicipality)}
            searchable
            clearable
          />
          <Select
            label={t('filters.language')}
            placeholder={t('filters.any')}
            data={serviceLanguages.map((v) => ({ value: v, label: t(`language.${v}`) }))}
            value={serviceLanguage}
            onChange={changed(setServiceLanguage)}
            clearable
          />
          <TextInput
            label={t('filters.text')}
            placeholder={t('filters.textPlaceholder')}
            type="search"
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setOffset(0);
            }}
          />
          <Checkbox
            label={t('filters.freeOnly')}
            checked={freeOnly}
            onChange={(e) => changed(setFreeOnly)(e.currentTarget.checked)}
            mt={{ base: 0, sm: 32 }}
          />
        </SimpleGrid>
      </form>

      {search.error !== null && <ProblemAlert error={search.error} mb="md" />}
      <Text role="status" aria-live="polite" c="gray.7" mb="sm">
        {page ? t('results.count', { count: total }) : ''}
      </Text>
      <div aria-busy={search.isFetching}>
        {search.isPending ? (
          <Center py="lg">
            <Loader size="sm" aria-label={t('web:common.loading')} />
          </Center>
        ) : page && page.items.length === 0 ? (
          <Alert variant="light" color="gray">
            {t('results.none')}
          </Alert>
        ) : (
          <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('results.label')}>
            {page?.items.map((s) => (
              <li key={s.id}>
                <ServiceCard service={s} barrierNames={barrierNames} municipalityName={municipalities.nameOf} onEdit={canManage ? () => setEditing(s) : undefined} />
              </li>
            ))}
          </Stack>
        )}
      </div>
      {total > pageSize && (
        <Group justify="space-between" mt="md" component="nav" aria-label={t('results.paging')}>
          <Button variant="default" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - pageSize))}>
            {t('results.previous')}
          </Button>
          <Text>{t('results.range', { from: offset + 1, to: Math.min(offset + pageSize, total), total })}</Text>
          <Button variant="default" disabled={offset + pageSize >= total} onClick={() => setOffset(offset + pageSize)}>
            {t('results.next')}
          </Button>
        </Group>
      )}
      {editing !== undefined && <ServiceFormModal service={editing} onClose={() => setEditing(undefined)} />}
      {addingLocation && <LocationFormModal onClose={() => setAddingLocation(false)} />}
    </>
  );
}
