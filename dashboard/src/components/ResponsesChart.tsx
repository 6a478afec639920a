import { chartSize, mountPlot } from './mountPlot.ts';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Summary } from '../../../shared/schemas/summary.ts';
import { formatCount, formatDay, formatRating } from '../format.ts';
import { everyDay, responsesAxisMax, toChartData } from './responsesChartData.ts';
import './ResponsesChart.css';
import { useSiteTimeZone } from './page/siteTimeZone.ts';

interface Props {
  summary: Pick<Summary, 'daily' | 'from' | 'to'>;
}

const HALF_DAY_SECONDS = 43_200;
const DAY_TICKS = [1, 2, 3, 7, 14, 28, 56, 91, 182].map((days) => days * 86_400);

/** Responses per day as bars, with the day's average rating as a line on its own 1–5 axis. */
export function ResponsesChart({ summary }: Props) {
  const timeZone = useSiteTimeZone();
  const daily = useMemo(() => everyDay(summary, timeZone), [summary, timeZone]);
  const container = useRef<HTMLDivElement>(null);
  // Index of the day under the pointer; uPlot's own legend is replaced by a one-line readout.
  const [hovered, setHovered] = useState<number | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const data = toChartData(daily);
    return mountPlot(element, () => chartOptions(element, data[1], setHovered), data, HEIGHTS);
  }, [daily]);

  const day = hovered == null ? undefined : daily[hovered];
  return (
    <>
      <div class="responses-chart" ref={container} aria-hidden="true" />
      <p class="chart-readout muted" aria-hidden="true">
        {day ? (
          <>
            <strong>{formatDay(day.date)}</strong>
            {` · ${formatCount(day.responses)} ${day.responses === 1 ? 'response' : 'responses'} · average rating `}
            <strong>{day.avgRating == null ? '—' : `${formatRating(day.avgRating)} / 5`}</strong>
          </>
        ) : (
          'Point at a day to see its numbers.'
        )}
      </p>
      <details class="chart-data">
        <summary>Show the daily numbers as a table</summary>
        <div class="chart-data-scroll" tabIndex={0} role="region" aria-label="Daily numbers">
          <table class="chart-data-table">
            <caption class="visually-hidden">Responses and average rating per day</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Responses</th>
                <th scope="col">Avg. rating</th>
              </tr>
            </thead>
            <tbody>
              {daily.map((day) => (
                <tr key={day.date}>
                  <th scope="row">{formatDay(day.date)}</th>
                  <td>{formatCount(day.responses)}</td>
                  <td>{formatRating(day.avgRating)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}

/** Chart height on narrow and wide screens. */
const HEIGHTS = { narrow: 200, wide: 260 };

function chartOptions(
  element: HTMLElement,
  responses: number[],
  onHover: (index: number | null) => void,
): uPlot.Options {
  const css = getComputedStyle(element);
  const color = (name: string) => css.getPropertyValue(name).trim();
  const axisFont = `12px ${color('--font-sans') || 'system-ui, sans-serif'}`;
  const axis = {
    stroke: color('--chart-axis'),
    font: axisFont,
    grid: { stroke: color('--chart-grid'), width: 1 },
    ticks: { show: false },
  };

  return {
    ...chartSize(element, HEIGHTS),
    // x values are the site's calendar days written as UTC midnights; uPlot would otherwise shift them into the viewer's zone.
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
    cursor: { points: { size: 7 }, drag: { x: false, y: false } },
    legend: { show: false },
    hooks: {
      setCursor: [(u) => onHover(u.cursor.idx ?? null)],
    },
    scales: {
      x: { time: true, range: (_u, min, max) => [min - HALF_DAY_SECONDS, max + HALF_DAY_SECONDS] },
      responses: { range: () => [0, responsesAxisMax(responses)] },
      rating: { range: [1, 5] },
    },
    axes: [
      {
        ...axis,
        size: 32,
        grid: { show: false },
        // Whole days only: on a short range uPlot would otherwise tick every few hours, naming each day several times.
        incrs: DAY_TICKS,
        values: (_u, splits) => splits.map((s) => formatDay(new Date(s * 1000).toISOString().slice(0, 10))),
      },
      {
        ...axis,
        scale: 'responses',
        size: 44,
        values: (_u, splits) => splits.map((s) => (Number.isInteger(s) ? formatCount(s) : '')),
      },
      {
        ...axis,
        scale: 'rating',
        side: 1,
        size: 36,
        grid: { show: false },
        splits: () => [1, 2, 3, 4, 5],
        values: (_u, splits) => splits.map((s) => `${s}★`),
      },
    ],
    series: [
      {},
      {
        label: 'Responses',
        scale: 'responses',
        stroke: color('--chart-bar-edge'),
        fill: color('--chart-bar'),
        width: 1,
        paths: uPlot.paths.bars!({ size: [0.7, 28], align: 0 }),
        points: { show: false },
      },
      {
        label: 'Average rating',
        scale: 'rating',
        stroke: color('--chart-line'),
        width: 2,
        spanGaps: true,
        points: { show: true, size: 5, fill: color('--chart-line') },
      },
    ],
  };
}
