import type { Strings } from '../strings.ts';

interface Props {
  strings: Strings;
  value: number | null;
  onChange(value: number): void;
  invalid: boolean;
}

/**
 * Native radios: arrow keys, screen-reader announcements and form semantics come
 * from the browser, not from our code.
 */
export function RatingScale({ strings, value, onChange, invalid }: Props) {
  return (
    <fieldset class="scale" aria-invalid={invalid || undefined} aria-describedby={invalid ? 'tp-error' : undefined}>
      <legend class="legend">{strings.ratingLegend}</legend>
      <div class="options">
        {strings.ratingLabels.map((label, i) => {
          const score = i + 1;
          return (
            <label class="option" key={score}>
              <input
                type="radio"
                name="tp-rating"
                value={score}
                checked={value === score}
                onChange={() => onChange(score)}
                aria-label={`${score} – ${label}`}
              />
              <span class="face" aria-hidden="true">{score}</span>
              <span class="caption" aria-hidden="true">{label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
