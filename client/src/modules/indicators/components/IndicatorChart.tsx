import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';

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
    <BarChart
      responsive
      layout="vertical"
      data={data}
      accessibilityLayer={false}
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" tickFormatter={percent} tick={{ fontSize: 12 }} />
      <YAxis type="category" dataKey="name" width={180} tick={{ fontSize: 12 }} />
      <Tooltip
        formatter={(_value, name, item) => {
          const entry = item.payload as IndicatorBar | undefined;
          return [name === targetName ? entry?.targetText : entry?.achievedText, name];
        }}
      />
      <Legend />
      <Bar
        dataKey="target"
        name={targetName}
        fill="var(--mantine-color-gray-4)"
        isAnimationActive={false}
      />
      <Bar
        dataKey="achieved"
        name={achievedName}
        fill="var(--mantine-color-blue-6)"
        isAnimationActive={false}
      />
    </BarChart>
  );
}
