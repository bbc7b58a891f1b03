import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';

export interface KindBar {
  label: string;
  problems: number;
  expectations: number;
}

export interface RoundResultsChartProps {
  data: KindBar[];
  problemsLabel: string;
  expectationsLabel: string;
}

/** Answers per group as stacked bars, problems and expectations. Loaded on demand. */
export function RoundResultsChart({
  data,
  problemsLabel,
  expectationsLabel,
}: RoundResultsChartProps) {
  return (
    <BarChart
      responsive
      layout="vertical"
      data={data}
      accessibilityLayer={false}
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 0, right: 16, bottom: 0, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
      <YAxis type="category" dataKey="label" width={128} tick={{ fontSize: 11 }} />
      <Tooltip cursor={{ fillOpacity: 0.1 }} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      <Bar
        dataKey="problems"
        name={problemsLabel}
        stackId="kind"
        fill="var(--mantine-color-red-6)"
        isAnimationActive={false}
      />
      <Bar
        dataKey="expectations"
        name={expectationsLabel}
        stackId="kind"
        fill="var(--mantine-color-indigo-5)"
        isAnimationActive={false}
      />
    </BarChart>
  );
}
