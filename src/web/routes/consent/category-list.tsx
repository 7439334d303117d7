/**
 * Data categories as badges, ordinary and sensitive apart: special categories (health,
 * addiction, domestic violence, criminal record) are marked in words, not colour alone.
 */
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sensitiveCategories, type DataCategory } from '../../api/consent';
import { wrappingBadge } from '../cases/badge-styles';

function Badges({ categories, sensitive }: { categories: DataCategory[]; sensitive: boolean }) {
  const { t } = useTranslation('casework');
  return (
    <Group gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {categories.map((c) => (
        <Badge component="li" key={c} variant={sensitive ? 'outline' : 'light'} color={sensitive ? 'red.8' : 'gray'} radius="sm" tt="none" styles={wrappingBadge}>
          {t(`category.${c}`)}
        </Badge>
      ))}
    </Group>
  );
}

export function CategoryList({ categories }: { categories: DataCategory[] }) {
  const { t } = useTranslation('casework');
  const ordinary = categories.filter((c) => !sensitiveCategories.includes(c));
  const sensitive = categories.filter((c) => sensitiveCategories.includes(c));
  return (
    <>
      {ordinary.length > 0 && <Badges categories={ordinary} sensitive={false} />}
      {sensitive.length > 0 && (
        <>
          <Text size="xs" fw={700} c="red.9" mt={ordinary.length ? 6 : 0} mb={4}>
            {t('category.sensitiveLabel')}
          </Text>
          <Badges categories={sensitive} sensitive />
        </>
      )}
    </>
  );
}
