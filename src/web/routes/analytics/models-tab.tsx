/** Model versions, newest first, and below them the report of the one chosen (the active one by default). */
import { useState } from 'react';
import { Stack } from '@mantine/core';
import { useModels, type ModelSummary } from './profiling-api';
import { ActivateModelModal } from './activate-model-modal';
import { ModelReportView } from './model-report';
import { ModelsTable } from './models-table';

interface Props {
  selected: number | undefined;
  onSelect: (modelVersion: number) => void;
  manage: boolean;
}

/** The model a report shows when none is chosen: the active one, else the newest. */
export function defaultModel(models: readonly ModelSummary[] | undefined): number | undefined {
  return (models?.find((m) => m.active) ?? models?.[0])?.modelVersion;
}

export function ModelsTab({ selected, onSelect, manage }: Props) {
  const models = useModels();
  const [activating, setActivating] = useState<ModelSummary | null>(null);
  const known = models.data?.some((m) => m.modelVersion === selected);
  const shown = known ? selected : defaultModel(models.data);
  const shownModel = models.data?.find((m) => m.modelVersion === shown);

  return (
    <Stack gap="xl">
      <ModelsTable query={models} selected={shown} onSelect={onSelect} onActivate={manage ? setActivating : undefined} />
      {shownModel && <ModelReportView model={shownModel} onActivate={manage && !shownModel.active ? () => setActivating(shownModel) : undefined} />}
      {activating && <ActivateModelModal model={activating} onClose={() => setActivating(null)} />}
    </Stack>
  );
}
