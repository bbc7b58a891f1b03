import { Box, Loader, Text } from '@mantine/core';
import { Suspense, useId, type ReactNode } from 'react';

export interface ChartFigureProps {
  /** Visible title of the chart, also the name of its table. */
  caption: string;
  /** The chart; decorative for assistive technology, which reads `table` instead. */
  chart: ReactNode;
  /**
   * The same figures as a visually hidden table, the chart's text alternative; omitted where
   * a visible table beside the chart already gives them.
   */
  table?: ReactNode;
  height: number;
}

/**
 * A chart with a caption and a visually hidden table of the same figures. Charts load on
 * demand (the charting library is large), so the table is there even before they draw.
 */
export function ChartFigure({ caption, chart, table, height }: ChartFigureProps) {
  const captionId = useId();
  return (
    <Box component="figure" m={0} aria-labelledby={captionId}>
      <Text component="figcaption" id={captionId} size="sm" fw={600} mb={4}>
        {caption}
      </Text>
      <div aria-hidden="true" style={{ width: '100%', height }}>
        <Suspense fallback={<Loader size="sm" />}>{chart}</Suspense>
      </div>
      {table ?? null}
    </Box>
  );
}
