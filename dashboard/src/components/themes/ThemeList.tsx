import type { Theme } from '../../../../shared/schemas/themes.ts';
import { formatCount } from '../../format.ts';
import './ThemeList.css';

const TREND_TEXT: Record<Theme['trend'], string | null> = {
  new: 'New',
  rising: 'Rising',
  falling: 'Falling',
  steady: null,
};

interface Props {
  themes: Theme[];
  selected?: string;
  onSelect: (term: string | undefined) => void;
}

/** The recurring words and phrases as buttons: choosing one lists its comments. Terms are shoppers' words: text only. */
export function ThemeList({ themes, selected, onSelect }: Props) {
  if (themes.length === 0) {
    return <p class="empty-note muted">No word or phrase comes up in two or more comments in this range.</p>;
  }
  return (
    <ul class="theme-list" aria-label="Themes">
      {themes.map((theme) => {
        const trend = TREND_TEXT[theme.trend];
        return (
          <li key={theme.term}>
            <button
              type="button"
              class="theme-button"
              aria-pressed={selected === theme.term}
              onClick={() => onSelect(selected === theme.term ? undefined : theme.term)}
              title={`${formatCount(theme.count)} comments now, ${formatCount(theme.previous)} in the previous period`}
            >
              <span class="theme-term">{theme.term}</span>
              <span class="theme-count">{formatCount(theme.count)}</span>
              <span class="theme-previous muted">was {formatCount(theme.previous)}</span>
              {trend && <span class={`theme-trend theme-trend-${theme.trend}`}>{trend}</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
