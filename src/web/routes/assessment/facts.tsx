/**
 * Label → value pairs: two columns on wide screens, the label above its value on phones,
 * where a label column would leave long Armenian or Russian values a few letters per line.
 */
import type { ReactNode } from 'react';
import { Text, useMatches } from '@mantine/core';

export function Facts({ children }: { children: ReactNode }) {
  const columns = useMatches({ base: 'minmax(0, 1fr)', sm: 'minmax(8rem, max-content) minmax(0, 1fr)' });
  const gap = useMatches({ base: '0.125rem 0', sm: '0.5rem 1.25rem' });
  return <dl style={{ display: 'grid', gridTemplateColumns: columns, gap, margin: 0 }}>{children}</dl>;
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  const stacked = useMatches({ base: true, sm: false });
  return (
    <>
      <Text component="dt" size="sm" c="gray.7" mt={stacked ? 6 : 0}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'break-word' }}>
        {children}
      </Text>
    </>
  );
}
