/** Choosing data categories: the sensitive ones in their own visibly marked group with a warning. */
import type { ReactNode } from 'react';
import { Box, Checkbox, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dataCategories, sensitiveCategories, type DataCategory } from '../../api/consent';

/** Takes what form.getInputProps() gives: value, onChange and error. */
interface Props {
  value?: DataCategory[];
  onChange: (value: DataCategory[]) => void;
  error?: ReactNode;
  label: string;
}

export function CategoryCheckboxes({ value = [], onChange, error, label }: Props) {
  const { t } = useTranslation('casework');
  const ordinary = dataCategories.filter((c) => !sensitiveCategories.includes(c));
  const sensitive = dataCategories.filter((c) => sensitiveCategories.includes(c));
  return (
    <Checkbox.Group label={label} required value={value} onChange={(v) => onChange(v as DataCategory[])} error={error}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing="xs" mt="xs">
        {ordinary.map((c) => (
          <Checkbox key={c} value={c} label={t(`category.${c}`)} />
        ))}
      </SimpleGrid>
      <Box mt="sm" p="sm" style={{ borderLeft: '4px solid var(--mantine-color-red-8)', background: 'var(--mantine-color-red-0)' }}>
        <Text size="sm" fw={700} c="red.9">
          {t('category.sensitiveLabel')}
        </Text>
        <Text size="xs" mb="xs">
          {t('category.sensitiveHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing="xs">
          {sensitive.map((c) => (
            <Checkbox key={c} value={c} color="red.8" label={t(`category.${c}`)} />
          ))}
        </SimpleGrid>
      </Box>
    </Checkbox.Group>
  );
}
