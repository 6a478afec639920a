import { useEffect, useState } from 'preact/hooks';
import {
  matchingPreset,
  PRESET_DAYS,
  presetRange,
  rangeProblem,
  siteToday,
  type DateRange,
} from '../state/dateRange.ts';
import { Field } from './form/Field.tsx';
import './DateRangePicker.css';
import { useSiteTimeZone } from './page/siteTimeZone.ts';

interface Props {
  range: DateRange;
  now: Date;
  onChange: (range: DateRange) => void;
}

/** Preset ranges one click away, and a custom from/to applied explicitly. */
export function DateRangePicker({ range, now, onChange }: Props) {
  const [draft, setDraft] = useState<DateRange>(range);
  const [problem, setProblem] = useState<string | null>(null);
  const timeZone = useSiteTimeZone();
  const active = matchingPreset(range, now, timeZone);
  const today = siteToday(now, timeZone);

  // Presets, Back and Forward change the range from outside; the inputs follow.
  useEffect(() => {
    setDraft(range);
    setProblem(null);
  }, [range.from, range.to]);

  const apply = (event: Event) => {
    event.preventDefault();
    const issue = rangeProblem(draft);
    setProblem(issue);
    if (!issue) onChange(draft);
  };

  return (
    <div class="date-range">
      <div class="preset-group" role="group" aria-label="Preset ranges">
        {PRESET_DAYS.map((days) => (
          <button
            key={days}
            type="button"
            class="preset"
            aria-pressed={active === days}
            onClick={() => onChange(presetRange(days, now, timeZone))}
          >
            Last {days} days
          </button>
        ))}
      </div>
      <form class="custom-range" onSubmit={apply} noValidate>
        <Field id="range-from" label="From">
          <input
            id="range-from"
            class="input"
            type="date"
            value={draft.from}
            max={today}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'range-problem' : undefined}
            onInput={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
          />
        </Field>
        <Field id="range-to" label="To">
          <input
            id="range-to"
            class="input"
            type="date"
            value={draft.to}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'range-problem' : undefined}
            onInput={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
          />
        </Field>
        <button type="submit" class="button">
          Apply
        </button>
      </form>
      <p id="range-problem" class="range-problem" role="status">
        {problem}
      </p>
    </div>
  );
}
