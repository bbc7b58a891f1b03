import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A labelled value on a record's page: a small dimmed label above the value. */
export function DetailItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}
