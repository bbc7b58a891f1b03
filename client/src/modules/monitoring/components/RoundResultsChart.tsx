import { BarsChart } from '../../../ui/charts/BarsChart';

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
    <BarsChart
      data={data}
      categoryKey="label"
      orientation="horizontal"
      stacked
      categoryWidth={128}
      series={[
        { key: 'problems', name: problemsLabel, fill: 'var(--mantine-color-red-6)' },
        { key: 'expectations', name: expectationsLabel, fill: 'var(--mantine-color-indigo-5)' },
      ]}
    />
  );
}
