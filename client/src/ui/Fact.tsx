import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One term and its value in a record's list of facts. The caller renders the `<dl>`, so a
 * screen reader announces the pairs as a description list.
 */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {term}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}
