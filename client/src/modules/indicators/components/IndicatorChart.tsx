import { BarsChart } from '../../../ui/charts/BarsChart';

export interface IndicatorBar {
  name: string;
  /** Always 100: every target is its own scale. */
  target: number;
  /** Achieved in per cent of the target. */
  achieved: number;
  /** Tooltip texts with the real values and units. */
  targetText: string;
  achievedText: string;
}

export interface IndicatorChartProps {
  data: IndicatorBar[];
  targetName: string;
  achievedName: string;
  /** Formats a per-cent tick. */
  percent: (value: number) => string;
}

/**
 * Target against achieved for each indicator. Units differ (events, people, agreements), so
 * each pair is drawn in per cent of its own target; the tooltip gives the real values.
 */
export function IndicatorChart({ data, targetName, achievedName, percent }: IndicatorChartProps) {
  return (
    <BarsChart
      data={data}
      categoryKey="name"
      orientation="horizontal"
      categoryWidth={180}
      formatTick={percent}
      tooltipText={(key, entry) => (key === 'target' ? entry.targetText : entry.achievedText)}
      series={[
        { key: 'target', name: targetName, fill: 'var(--mantine-color-gray-4)' },
        { key: 'achieved', name: achievedName, fill: 'var(--mantine-color-blue-6)' },
      ]}
    />
  );
}
