import { useEffect, useState } from 'preact/hooks';
import { getThemes } from '../../api/themesApi.ts';
import { channelLabel, deviceLabel } from '../../format.ts';
import { useFilterChoices } from '../../hooks/useFilterChoices.ts';
import { toApiRange, type DateRange } from '../../state/dateRange.ts';
import { DEVICES } from '../../state/devices.ts';
import { CHANNELS } from '../../state/filterParams.ts';
import { FILTER_NAMES, type ViewFilterValues } from '../../state/viewFilters.ts';
import { Field } from '../form/Field.tsx';
import { attributeLabel, FILTER_TITLES, filterValueLabel, type FilterName } from './filterLabels.ts';
import './FilterBar.css';

interface Props {
  siteKey: string;
  range: DateRange;
  filters: ViewFilterValues;
  onChange: (next: ViewFilterValues) => void;
  /** Filters this view does not take (the channels view compares channels): no select, no chip. */
  without?: readonly FilterName[];
}

/** A set value the lists do not hold (from a shared link, or outside this period) stays choosable. */
function withCurrent(values: readonly string[], current: string | undefined): string[] {
  return current && !values.includes(current) ? [current, ...values] : [...values];
}

// Page and touchpoint share one select: a page inside a touchpoint is the narrower choice, never both.
const PAGE = 'page:';
const TOUCHPOINT = 'touchpoint:';

/**
 * The filters every insight view shares, as a row of selects, and the active
 * ones as removable chips. On a narrow screen the selects fold away behind
 * "Filters", the chips stay.
 */
export function FilterBar({ siteKey, range, filters, onChange, without = [] }: Props) {
  const choices = useFilterChoices(siteKey, toApiRange(range));
  const [open, setOpen] = useState(() => typeof matchMedia !== 'function' || matchMedia('(min-width: 641px)').matches);
  const [themeDraft, setThemeDraft] = useState(filters.theme ?? '');
  useEffect(() => setThemeDraft(filters.theme ?? ''), [filters.theme]);
  // The period's themes as suggestions, asked for only when the box is used: most views never need them.
  const [themeTerms, setThemeTerms] = useState<{ key: string; terms: string[] }>();
  const themeKey = `${siteKey} ${range.from} ${range.to}`;
  const suggestThemes = () => {
    if (themeTerms?.key === themeKey) return;
    setThemeTerms({ key: themeKey, terms: [] });
    getThemes(siteKey, toApiRange(range), {})
      .then((result) => setThemeTerms({ key: themeKey, terms: result.themes.map((t) => t.term) }))
      .catch(() => setThemeTerms(undefined));
  };

  const set = (name: FilterName, value: string | undefined) => onChange({ ...filters, [name]: value || undefined });
  const active = FILTER_NAMES.filter((name) => filters[name] && !without.includes(name));
  const { options, touchpoints, tags } = choices;
  const where = filters.path ? PAGE + filters.path : filters.touchpoint ? TOUCHPOINT + filters.touchpoint : '';
  const paths = withCurrent(options?.paths ?? [], filters.path);
  const langs = withCurrent(options?.langs ?? [], filters.lang);
  const attributes = options?.attributes ?? [];
  const attrKnown = attributes.some((a) => a.values.some((v) => `${a.key}:${v}` === filters.attr));

  return (
    <section class="filter-bar" aria-label="Filters">
      <details class="filter-fold" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary class="filter-fold-summary">
          Filters{active.length > 0 && <span class="filter-count"> ({active.length})</span>}
        </summary>
        <div class="filter-fields">
          <Field id="filter-device" label="Device">
            <select id="filter-device" class="input" value={filters.device ?? ''} onChange={(e) => set('device', e.currentTarget.value)}>
              <option value="">All devices</option>
              {DEVICES.map((d) => (
                <option key={d} value={d}>
                  {deviceLabel(d)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="filter-where" label="Page or touchpoint">
            <select
              id="filter-where"
              class="input"
              value={where}
              onChange={(e) => {
                const value = e.currentTarget.value;
                onChange({
                  ...filters,
                  path: value.startsWith(PAGE) ? value.slice(PAGE.length) : undefined,
                  touchpoint: value.startsWith(TOUCHPOINT) ? value.slice(TOUCHPOINT.length) : undefined,
                });
              }}
            >
              <option value="">All pages</option>
              {(touchpoints?.length || filters.touchpoint) && (
                <optgroup label="Touchpoints">
                  {withCurrent(touchpoints?.map((t) => t.key) ?? [], filters.touchpoint).map((key) => (
                    <option key={key} value={TOUCHPOINT + key}>
                      {filterValueLabel('touchpoint', key, choices)}
                    </option>
                  ))}
                </optgroup>
              )}
              {paths.length > 0 && (
                <optgroup label="Pages">
                  {paths.map((path) => (
                    <option key={path} value={PAGE + path}>
                      {path}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          </Field>
          <Field id="filter-visitor" label="Visitors">
            <select id="filter-visitor" class="input" value={filters.visitor ?? ''} onChange={(e) => set('visitor', e.currentTarget.value)}>
              <option value="">All visitors</option>
              <option value="new">New</option>
              <option value="returning">Returning</option>
            </select>
          </Field>
          <Field id="filter-lang" label="Language">
            <select id="filter-lang" class="input" value={filters.lang ?? ''} onChange={(e) => set('lang', e.currentTarget.value)}>
              <option value="">All languages</option>
              {langs.map((lang) => (
                <option key={lang} value={lang}>
                  {lang}
                </option>
              ))}
            </select>
          </Field>
          {!without.includes('channel') && (
            <Field id="filter-channel" label="Channel">
              <select id="filter-channel" class="input" value={filters.channel ?? ''} onChange={(e) => set('channel', e.currentTarget.value)}>
                <option value="">All channels</option>
                {(options?.channels.length ? withCurrent(options.channels, filters.channel) : CHANNELS).map((c) => (
                  <option key={c} value={c}>
                    {channelLabel(c)}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <Field id="filter-attr" label="Attribute">
            <select id="filter-attr" class="input" value={filters.attr ?? ''} onChange={(e) => set('attr', e.currentTarget.value)}>
              <option value="">{attributes.length || filters.attr || !options ? 'Any attribute' : 'None sent yet'}</option>
              {filters.attr && !attrKnown && <option value={filters.attr}>{attributeLabel(filters.attr)}</option>}
              {attributes.map((a) => (
                <optgroup key={a.key} label={a.key}>
                  {a.values.map((v) => (
                    <option key={v} value={`${a.key}:${v}`}>
                      {attributeLabel(`${a.key}:${v}`)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </Field>
          <form
            class="field"
            onSubmit={(e) => {
              e.preventDefault();
              set('theme', themeDraft.trim());
            }}
          >
            <label class="field-label" for="filter-theme">
              Theme
            </label>
            <input
              id="filter-theme"
              class="input"
              type="search"
              maxLength={80}
              value={themeDraft}
              placeholder="Word or phrase"
              enterKeyHint="search"
              list="filter-theme-suggestions"
              onFocus={suggestThemes}
              onInput={(e) => setThemeDraft(e.currentTarget.value)}
              onChange={(e) => set('theme', e.currentTarget.value.trim())}
            />
            <datalist id="filter-theme-suggestions">
              {(themeTerms?.key === themeKey ? themeTerms.terms : []).map((term) => (
                <option key={term} value={term} />
              ))}
            </datalist>
          </form>
          <Field id="filter-tag" label="Tag">
            <select id="filter-tag" class="input" value={filters.tag ?? ''} onChange={(e) => set('tag', e.currentTarget.value)}>
              <option value="">Any tag</option>
              {withCurrent(tags?.map((t) => t.key) ?? [], filters.tag).map((key) => (
                <option key={key} value={key}>
                  {filterValueLabel('tag', key, choices)}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </details>
      {active.length > 0 && (
        <ul class="filter-chips" aria-label="Active filters">
          {active.map((name) => {
            const text = `${FILTER_TITLES[name]}: ${filterValueLabel(name, filters[name]!, choices)}`;
            return (
              <li key={name} class="filter-chip">
                <span class="filter-chip-text">{text}</span>
                <button type="button" class="filter-chip-remove" aria-label={`Remove ${text}`} title="Remove" onClick={() => set(name, undefined)}>
                  ×
                </button>
              </li>
            );
          })}
          <li>
            <button type="button" class="button button-quiet filter-clear" onClick={() => onChange({})}>
              Clear filters
            </button>
          </li>
        </ul>
      )}
    </section>
  );
}
