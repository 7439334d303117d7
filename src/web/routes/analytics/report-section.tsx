/** A titled part of a report page: an h2 (or h3) that names the region, an optional hint, the content. */
import type { ReactNode } from 'react';
import { Text, Title } from '@mantine/core';

interface Props {
  id: string;
  title: string;
  hint?: ReactNode;
  level?: 2 | 3;
  actions?: ReactNode;
  children: ReactNode;
}

export function ReportSection({ id, title, hint, level = 2, actions, children }: Props) {
  return (
    <section aria-labelledby={id}>
      <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-end', gap: '0.5rem 1rem' }}>
        <Title order={level} size={level === 2 ? 'h3' : 'h4'} id={id}>
          {title}
        </Title>
        {actions}
      </div>
      {hint && (
        <Text size="sm" c="gray.7" mt={4} mb="sm" maw={900}>
          {hint}
        </Text>
      )}
      {!hint && <div style={{ height: 'var(--mantine-spacing-sm)' }} />}
      {children}
    </section>
  );
}
