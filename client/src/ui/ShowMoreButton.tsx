import { Button, Group } from '@mantine/core';

export interface ShowMoreButtonProps {
  /** Whether the server holds rows not shown yet; nothing is drawn otherwise. */
  more: boolean;
  onMore: () => void;
  /** Says what comes, e.g. "Show earlier comments" (the module's own words). */
  label: string;
  loading?: boolean;
}

/** Asks for more rows of a list that shows the first (or latest) of them. */
export function ShowMoreButton({ more, onMore, label, loading = false }: ShowMoreButtonProps) {
  if (!more) return null;
  return (
    <Group justify="center">
      <Button variant="subtle" size="compact-sm" onClick={onMore} loading={loading}>
        {label}
      </Button>
    </Group>
  );
}
