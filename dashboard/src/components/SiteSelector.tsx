import type { Site } from '../../../shared/schemas/site.ts';
import './SiteSelector.css';

interface Props {
  sites: Site[];
  selected: string;
  onSelect: (siteKey: string) => void;
}

/** Switches between sites; with a single site there is nothing to choose. */
export function SiteSelector({ sites, selected, onSelect }: Props) {
  if (sites.length < 2) return null;
  return (
    <div class="site-selector">
      <label for="site-select" class="site-selector-label">
        Site
      </label>
      <select
        id="site-select"
        class="input"
        value={selected}
        onChange={(e) => onSelect(e.currentTarget.value)}
      >
        {sites.map((site) => (
          <option key={site.key} value={site.key}>
            {site.name}
          </option>
        ))}
      </select>
    </div>
  );
}
