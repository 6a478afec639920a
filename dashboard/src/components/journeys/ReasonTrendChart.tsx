import { chartSize, mountPlot } from '../mountPlot.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatCount, formatDay } from '../../format.ts';
import { responsesAxisMax } from '../responsesChartData.ts';
import type { ReasonTrend } from './reasonTrendData.ts';
// The readout and table-fallback styles are shared with the overview's chart.
import '../ResponsesChart.css';
import './ReasonTrendChart.css';

interface Props {
  trend: ReasonTrend;
}

const HALF_DAY_SECONDS = 43_200;

/**
 * Answers per day as stacked bars, one colour per reason (the most given
 * first, at the bottom). uPlot has no stacking, so each series is drawn as the
 * running total up to its reason, the tallest first, each covering the last.
 */
export function ReasonTrendChart({ trend }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [hovered, setHovered] = useState<number | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const x = trend.days.map((day) => Date.parse(`${day}T00:00:00Z`) / 1000);
    const stacked: number[][] = [];
    trend.series.forEach((series, i) =>
      stacked.push(series.counts.map((count, day) => count + (i === 0 ? 0 : stacked[i - 1]![day]!))),
    );
    // Tallest (all reasons) first, so each shorter stack is drawn over it.
    const data: uPlot.AlignedData = [x, ...[...stacked].reverse()];
    return mountPlot(element, () => chartOptions(element, trend, stacked.at(-1) ?? [], setHovered), data, HEIGHTS);
  }, [trend]);

  const day = hovered == null ? undefined : trend.days[hovered];
  return (
    <div class="reason-trend">
      <ul class="trend-legend" aria-hidden="true">
        {trend.series.map((series, i) => (
          <li key={series.reason}>
            <span class={`legend-swatch series-swatch-${i + 1}`} />
            {series.label}
          </li>
        ))}
      </ul>
      <div class="reason-trend-chart" ref={container} aria-hidden="true" />
      <p class="chart-readout muted" aria-hidden="true">
        {day !== undefined ? (
          <>
            <strong>{formatDay(day)}</strong>
            {trend.series.every((s) => s.counts[hovered!] === 0)
              ? ' · no answers'
              : trend.series
                  .filter((s) => s.counts[hovered!]! > 0)
                  .map((s) => ` · ${s.label}: ${formatCount(s.counts[hovered!]!)}`)
                  .join('')}
          </>
        ) : (
          'Point at a day to see its answers.'
        )}
      </p>
      <details class="chart-data">
        <summary>Show the answers per day as a table</summary>
        <div class="chart-data-scroll" tabIndex={0} role="region" aria-label="Answers per day">
          <table class="chart-data-table">
            <caption class="visually-hidden">Answers per reason per day</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                {trend.series.map((series) => (
                  <th scope="col" key={series.reason}>
                    {series.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {trend.days.map((date, i) => (
                <tr key={date}>
                  <th scope="row">{formatDay(date)}</th>
                  {trend.series.map((series) => (
                    <td key={series.reason}>{formatCount(series.counts[i]!)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}

/** Chart height on narrow and wide screens. */
const HEIGHTS = { narrow: 180, wide: 220 };

function chartOptions(
  element: HTMLElement,
  trend: ReasonTrend,
  totals: number[],
  onHover: (index: number | null) => void,
): uPlot.Options {
  const css = getComputedStyle(element);
  const color = (name: string) => css.getPropertyValue(name).trim();
  const axis = {
    stroke: color('--chart-axis'),
    font: `12px ${color('--font-sans') || 'system-ui, sans-serif'}`,
    grid: { stroke: color('--chart-grid'), width: 1 },
    ticks: { show: false },
  };
  const bars = uPlot.paths.bars!({ size: [0.7, 28], align: 0 });
  // Series were reversed for drawing: the last one is the first reason.
  const seriesCount = trend.series.length;
  return {
    ...chartSize(element, HEIGHTS),
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
    cursor: { points: { show: false }, drag: { x: false, y: false } },
    legend: { show: false },
    hooks: { setCursor: [(u) => onHover(u.cursor.idx ?? null)] },
    scales: {
      x: { time: true, range: (_u, min, max) => [min - HALF_DAY_SECONDS, max + HALF_DAY_SECONDS] },
      y: { range: () => [0, responsesAxisMax(totals)] },
    },
    axes: [
      {
        ...axis,
        size: 32,
        grid: { show: false },
        values: (_u, splits) => splits.map((s) => formatDay(new Date(s * 1000).toISOString().slice(0, 10))),
      },
      {
        ...axis,
        size: 40,
        values: (_u, splits) => splits.map((s) => (Number.isInteger(s) ? formatCount(s) : '')),
      },
    ],
    series: [
      {},
      ...trend.series.map((_, i) => {
        const reasonIndex = seriesCount - 1 - i;
        const fill = color(`--series-${reasonIndex + 1}`);
        return { label: trend.series[reasonIndex]!.label, fill, stroke: fill, width: 0, paths: bars, points: { show: false } };
      }),
    ],
  };
}
