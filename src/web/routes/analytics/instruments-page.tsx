/**
 * Administration of the assessment instrument and of the segmentation rules: their
 * versions, each readable in the administrator's language, new drafts from the current
 * version, editing a draft, publishing it. The tab and the version shown are kept in the
 * address, so a version can be linked to.
 */
import { Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { DefinitionPanel } from './definition-panel';
import type { DefinitionKind } from './definitions-api';

export function InstrumentsPage() {
  const { t } = useTranslation('analytics');
  const [params, setParams] = useSearchParams();
  const kind: DefinitionKind = params.get('kind') === 'rules' ? 'rules' : 'instrument';
  const id = params.get('id') ?? undefined;
  const show = (next: DefinitionKind, nextId?: string) => {
    const p = new URLSearchParams();
    if (next === 'rules') p.set('kind', 'rules');
    if (nextId) p.set('id', nextId);
    setParams(p);
  };

  return (
    <>
      <PageHeader title={t('instruments.title')} description={t('instruments.subtitle')} />
      <Tabs value={kind} onChange={(v) => show(v === 'rules' ? 'rules' : 'instrument')} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="instrument">{t('instruments.tabInstrument')}</Tabs.Tab>
          <Tabs.Tab value="rules">{t('instruments.tabRules')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="instrument">
          <DefinitionPanel kind="instrument" selectedId={id} onSelect={(v) => show('instrument', v)} />
        </Tabs.Panel>
        <Tabs.Panel value="rules">
          <DefinitionPanel kind="rules" selectedId={id} onSelect={(v) => show('rules', v)} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
