import type { LoopFigures } from '../../../../shared/schemas/loop.ts';
import { formatCount, formatPercent } from '../../format.ts';

export interface LoopFigure {
  key: string;
  label: string;
  value: string;
  /** This period against the previous one, in words: "▲ 12 pts (was 40%)"; null when there is nothing to compare. */
  change: string | null;
  /** Whether the change is good news: a higher rate, a shorter time, fewer overdue. */
  tone: 'better' | 'worse' | 'same';
}

/** Hours as "45 min", "5.5 h", "3.2 days". */
export function formatHours(hours: number | null): string {
  if (hours === null) return '—';
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 48) return `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(hours)} h`;
  return `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(hours / 24)} days`;
}

type Kind = 'rate' | 'hours' | 'count';

function describe(kind: Kind, now: number | null, before: number | null, higherIsBetter: boolean): Pick<LoopFigure, 'change' | 'tone'> {
  if (now === null || before === null) return { change: before === null ? null : `was ${show(kind, before)}`, tone: 'same' };
  const diff = now - before;
  const tone = diff === 0 ? 'same' : (diff > 0) === higherIsBetter ? 'better' : 'worse';
  const arrow = diff > 0 ? '▲' : diff < 0 ? '▼' : '';
  const size = kind === 'rate' ? `${Math.round(Math.abs(diff) * 100)} pts` : kind === 'hours' ? formatHours(Math.abs(diff)) : formatCount(Math.abs(diff));
  return { change: diff === 0 ? `same as before (${show(kind, before)})` : `${arrow} ${size} (was ${show(kind, before)})`, tone };
}

function show(kind: Kind, value: number | null): string {
  if (kind === 'rate') return formatPercent(value);
  if (kind === 'hours') return formatHours(value);
  return value === null ? '—' : formatCount(value);
}

/** The loop's headline figures, each against the previous period of equal length. */
export function loopFigures(now: LoopFigures, before: LoopFigures): LoopFigure[] {
  const figure = (key: string, label: string, kind: Kind, pick: (f: LoopFigures) => number | null, higherIsBetter: boolean): LoopFigure => ({
    key,
    label,
    value: show(kind, pick(now)),
    ...describe(kind, pick(now), pick(before), higherIsBetter),
  });
  return [
    figure('closeLoopRate', 'Close-the-loop rate', 'rate', (f) => f.closeLoopRate, true),
    figure('toldRate', 'Customers told', 'rate', (f) => f.toldRate, true),
    figure('firstResponse', 'First response, median', 'hours', (f) => f.firstResponse.median, false),
    figure('firstResponseP90', 'First response, p90', 'hours', (f) => f.firstResponse.p90, false),
    figure('resolution', 'Resolution, median', 'hours', (f) => f.resolution.median, false),
    figure('resolutionP90', 'Resolution, p90', 'hours', (f) => f.resolution.p90, false),
    figure('withinSla', 'Within SLA', 'rate', (f) => f.withinSla, true),
    figure('overdue', 'Overdue', 'count', (f) => f.overdue, false),
    figure('recovered', 'Came back after a reply', 'count', (f) => f.recovered, true),
  ];
}
