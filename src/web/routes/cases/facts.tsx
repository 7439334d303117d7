/** A definition list of label → value pairs, laid out as two columns that wrap on narrow screens. */
import type { ReactNode } from 'react';
import { Text } from '@mantine/core';

export function Facts({ children }: { children: ReactNode }) {
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'minmax(8rem, max-content) 1fr', gap: '0.5rem 1.25rem', margin: 0 }}>{children}</dl>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Text component="dt" size="sm" c="gray.7">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </>
  );
}
