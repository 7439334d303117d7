/**
 * Statistical profiling for analysts, supervisors and administrators: the model versions
 * and their reports, the fairness report, and how often counsellors override the
 * rules-based segment. Administrators also train and activate models and decide which
 * protected attributes new models may use. The tab is kept in the address, so a report
 * can be linked to and survives a reload.
 */
import { Button, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { useSession } from '../../app/session';
import { FairnessTab } from './fairness-tab';
import { ModelsTab } from './models-tab';
import { OverridesTab } from './overrides-tab';
import { ProtectedAttributesTab } from './protected-attributes-tab';
import { TrainModelModal } from './train-model-modal';

const TABS = ['models', 'fairness', 'overrides', 'attributes'] as const;
type Tab = (typeof TABS)[number];

export function ProfilingPage() {
  const { t } = useTranslation('analytics');
  const me = useSession();
  const manage = me.permissions.includes('profiling.manage');
  const [params, setParams] = useSearchParams();
  const [training, setTraining] = useState(false);
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) && (requested !== 'attributes' || manage) ? requested : 'models';
  const model = Number(params.get('model')) || undefined;

  const show = (next: { tab?: Tab; model?: number }) => {
    const p = new URLSearchParams();
    const nextTab = next.tab ?? tab;
    if (nextTab !== 'models') p.set('tab', nextTab);
    const nextModel = 'model' in next ? next.model : model;
    if (nextModel) p.set('model', String(nextModel));
    setParams(p);
  };

  return (
    <>
      <PageHeader
        title={t('profiling.title')}
        description={t('profiling.subtitle')}
        actions={manage && <Button onClick={() => setTraining(true)}>{t('train.open')}</Button>}
      />
      <Tabs value={tab} onChange={(v) => show({ tab: (v as Tab) ?? 'models' })} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="models">{t('profiling.tabModels')}</Tabs.Tab>
          <Tabs.Tab value="fairness">{t('profiling.tabFairness')}</Tabs.Tab>
          <Tabs.Tab value="overrides">{t('profiling.tabOverrides')}</Tabs.Tab>
          {manage && <Tabs.Tab value="attributes">{t('profiling.tabAttributes')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="models">
          <ModelsTab selected={model} onSelect={(m) => show({ model: m })} manage={manage} />
        </Tabs.Panel>
        <Tabs.Panel value="fairness">
          <FairnessTab selected={model} onSelect={(m) => show({ model: m })} />
        </Tabs.Panel>
        <Tabs.Panel value="overrides">
          <OverridesTab />
        </Tabs.Panel>
        {manage && (
          <Tabs.Panel value="attributes">
            <ProtectedAttributesTab />
          </Tabs.Panel>
        )}
      </Tabs>
      {training && (
        <TrainModelModal
          onClose={() => setTraining(false)}
          onTrained={(m) => {
            setTraining(false);
            show({ tab: 'models', model: m });
          }}
        />
      )}
    </>
  );
}
