import { chartSize, mountPlot } from '../mountPlot.ts';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { QuestionResult } from '../../../../shared/schemas/surveyResults.ts';
import type { ScoreQuestionType } from '../../../../shared/surveyScales.ts';
import { formatCount, formatDay } from '../../format.ts';
import { formatScore } from '../insight/scoreFormat.ts';
import { scoreSeries } from './scoreSeries.ts';
import { SCORE_AXIS, SCORE_KIND, SCORE_NAMES } from './surveyScoreFormat.ts';
// The readout and table-fallback styles are shared with the overview's chart.
import '../ResponsesChart.css';
import './SurveyScoreChart.css';
import { useSiteTimeZone } from '../page/siteTimeZone.ts';

interface Props {
  question: QuestionResult & { type: ScoreQuestionType };
  /** "previous 30 days". */
  period: string;
  /** The results' period (API instants): the chart shows every day of it. */
  range: { from: string; to: string };
}

const HALF_DAY_SECONDS = 43_200;

/**
 * The score over the 7 days to each day as a line (one day's answers are too
 * few to show a trend), with the previous period's as a dashed line under it,
 * day for day. The readout and the table give each day's own score too, and
 * how many answers stand behind every number.
 */
export function SurveyScoreChart({ question, period, range }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const timeZone = useSiteTimeZone();
  const series = useMemo(() => scoreSeries(question, range, timeZone), [question, range.from, range.to, timeZone]);
  const kind = SCORE_KIND[question.type];
  const name = SCORE_NAMES[question.type];

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const x = series.days.map((day) => Date.parse(`${day}T00:00:00Z`) / 1000);
    const data: uPlot.AlignedData = [x, series.previous, series.week];
    return mountPlot(element, () => chartOptions(element, question.type, setHovered), data, HEIGHTS);
  }, [series, question.type]);

  const point = (value: number | null, n: number) => (value === null ? 'no answers' : `${formatScore(kind, value)} (${formatCount(n)} ${n === 1 ? 'answer' : 'answers'})`);
  const cell = (value: number | null) => (value === null ? '—' : formatScore(kind, value));
  const i = hovered;
  return (
    <div class="score-chart">
      <p class="score-chart-legend muted" aria-hidden="true">
        <span class="legend-swatch swatch-score" /> {name}, 7 days to each day
        <span class="legend-swatch swatch-previous" /> {period}
      </p>
      <div class="score-chart-plot" ref={container} aria-hidden="true" />
      <p class="chart-readout muted" aria-hidden="true">
        {i != null && series.days[i] ? (
          <>
            <strong>{formatDay(series.days[i]!)}</strong> · 7 days: {point(series.week[i]!, series.weekN[i]!)} · that day:{' '}
            {point(series.day[i]!, series.dayN[i]!)}
            {series.previousDays[i] && (
              <>
                {' '}
                · {formatDay(series.previousDays[i]!)}: {point(series.previous[i]!, series.previousN[i]!)}
              </>
            )}
          </>
        ) : (
          'Point at a day to see its score.'
        )}
      </p>
      <details class="chart-data">
        <summary>Show the score per day as a table</summary>
        <div class="chart-data-scroll" tabIndex={0} role="region" aria-label={`${name} per day`}>
          <table class="chart-data-table">
            <caption class="visually-hidden">
              {name} per day, over the 7 days to each day, and the same for the {period}
            </caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">That day</th>
                <th scope="col">Answers</th>
                <th scope="col">7 days</th>
                <th scope="col">7 days, {period}</th>
              </tr>
            </thead>
            <tbody>
              {series.days.map((day, d) => (
                <tr key={day}>
                  <th scope="row">{formatDay(day)}</th>
                  <td>{cell(series.day[d]!)}</td>
                  <td>{formatCount(series.dayN[d]!)}</td>
                  <td>{cell(series.week[d]!)}</td>
                  <td>{cell(series.previous[d]!)}</td>
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

function chartOptions(element: HTMLElement, type: ScoreQuestionType, onHover: (index: number | null) => void): uPlot.Options {
  const css = getComputedStyle(element);
  const color = (name: string) => css.getPropertyValue(name).trim();
  const axis = {
    stroke: color('--chart-axis'),
    font: `12px ${color('--font-sans') || 'system-ui, sans-serif'}`,
    grid: { stroke: color('--chart-grid'), width: 1 },
    ticks: { show: false },
  };
  const kind = SCORE_KIND[type];
  const [min, max] = SCORE_AXIS[type];
  return {
    ...chartSize(element, HEIGHTS),
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
    cursor: { points: { show: false }, drag: { x: false, y: false } },
    legend: { show: false },
    hooks: { setCursor: [(u) => onHover(u.cursor.idx ?? null)] },
    scales: {
      x: { time: true, range: (_u, lo, hi) => [lo - HALF_DAY_SECONDS, hi + HALF_DAY_SECONDS] },
      y: { range: () => [min, max] },
    },
    axes: [
      {
        ...axis,
        size: 32,
        grid: { show: false },
        values: (_u, splits) => splits.map((s) => formatDay(new Date(s * 1000).toISOString().slice(0, 10))),
      },
      { ...axis, size: 48, values: (_u, splits) => splits.map((s) => formatScore(kind, s)) },
    ],
    series: [
      {},
      {
        label: 'previous period',
        stroke: color('--score-previous'),
        width: 1.5,
        dash: [5, 4],
        spanGaps: true,
        points: { show: false },
      },
      {
        label: 'score',
        stroke: color('--chart-line'),
        width: 2,
        spanGaps: true,
        points: { show: false },
      },
    ],
  };
}
