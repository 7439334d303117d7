/**
 * Label → value pairs that reflow with the width: side by side in columns on a desktop,
 * one under the other on a phone, so long Armenian or Russian labels never squeeze the
 * values into a sliver.
 */
import type { ReactNode } from 'react';
import { Text } from '@mantine/core';

export function PlanFacts({ children, min = '14rem' }: { children: ReactNode; min?: string }) {
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: `repeat(auto-fill, minmax(min(100%, ${min}), 1fr))`, gap: '0.75rem 1.5rem', margin: 0 }}>
      {children}
    </dl>
  );
}

export function PlanFact({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Text component="dt" size="xs" c="gray.7">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'break-word' }}>
        {children}
      </Text>
    </div>
  );
}
