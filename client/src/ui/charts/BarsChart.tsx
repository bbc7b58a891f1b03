import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';

export interface BarSeries {
  key: string;
  name: string;
  fill: string;
}

export interface BarsChartProps<T extends object = Record<string, string | number>> {
  data: T[];
  /** The field naming each bar group (a quarter, an action, a side). */
  categoryKey: string;
  series: BarSeries[];
  /** `horizontal` bars grow rightwards with categories down the side. */
  orientation?: 'vertical' | 'horizontal';
  stacked?: boolean;
  /** Fixed upper end of the value axis, e.g. 100 for per cent. */
  max?: number;
  formatValue?: (value: number) => string;
  /** Shorter figures for the value axis (e.g. 12k); `formatValue` when not given. */
  formatTick?: (value: number) => string;
  /**
   * The tooltip's text for one bar, where the drawn value is not the one to read (bars in per
   * cent of a target, say, that the tooltip gives in real units).
   */
  tooltipText?: (seriesKey: string, datum: T) => string | undefined;
  formatCategory?: (value: string) => string;
  /** Width reserved for category labels of horizontal bars. */
  categoryWidth?: number;
}

/**
 * Bars of one or more series, grouped or stacked: the one chart primitive features draw with.
 * Loaded on demand (the library is large); its figures reach assistive technology through the
 * table `ChartFigure` sets beside it.
 */
export function BarsChart<T extends object>({
  data,
  categoryKey,
  series,
  orientation = 'vertical',
  stacked = false,
  max,
  formatValue,
  formatTick = formatValue,
  tooltipText,
  formatCategory,
  categoryWidth = 140,
}: BarsChartProps<T>) {
  const horizontal = orientation === 'horizontal';
  const valueAxis = {
    type: 'number' as const,
    allowDecimals: false,
    domain: [0, max ?? 'auto'] as [number, number | 'auto'],
    tickFormatter: formatTick,
    tick: { fontSize: 11 },
  };
  const categoryAxis = {
    type: 'category' as const,
    dataKey: categoryKey,
    tickFormatter: formatCategory,
    tick: { fontSize: 11 },
  };
  return (
    <BarChart
      responsive
      layout={horizontal ? 'vertical' : 'horizontal'}
      data={data}
      accessibilityLayer={false}
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 4, right: 16, bottom: 0, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={!horizontal} vertical={horizontal} />
      {horizontal ? (
        <>
          <XAxis {...valueAxis} />
          <YAxis {...categoryAxis} width={categoryWidth} />
        </>
      ) : (
        <>
          <XAxis {...categoryAxis} />
          <YAxis {...valueAxis} width={40} />
        </>
      )}
      <Tooltip
        cursor={{ fillOpacity: 0.1 }}
        labelFormatter={(label) => (formatCategory ? formatCategory(String(label)) : label)}
        formatter={(value, name, item) => {
          const text = tooltipText?.(String(item.dataKey), item.payload as T);
          if (text !== undefined) return [text, name];
          return typeof value === 'number' && formatValue ? formatValue(value) : value;
        }}
      />
      {series.length > 1 ? (
        <Legend verticalAlign="top" wrapperStyle={{ fontSize: 12, paddingBottom: 4 }} />
      ) : null}
      {series.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.name}
          fill={s.fill}
          stackId={stacked ? 'stack' : undefined}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
