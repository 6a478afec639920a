import { FILTER_NAMES } from '../state/viewFilters.ts';
import { OpenCasesCount } from './cases/OpenCasesCount.tsx';
import './MainNav.css';

const VIEWS = [
  { path: '/', label: 'Overview' },
  { path: '/inbox', label: 'Inbox' },
  { path: '/fix-first', label: 'Fix first' },
  { path: '/journey-map', label: 'Journey map' },
  { path: '/themes', label: 'Themes' },
  { path: '/channels', label: 'Channels' },
  { path: '/journeys', label: 'Abandonment' },
  { path: '/touchpoints', label: 'Touchpoints' },
  { path: '/surveys', label: 'Surveys' },
  { path: '/campaigns', label: 'Campaigns' },
];

// The site, date range and view filters travel between views; view-specific choices (a journey, a survey) do not.
const SHARED_PARAMS = ['site', 'from', 'to', ...FILTER_NAMES];

/** Links between the dashboard's views; full page loads, like the rest of the navigation. */
export function MainNav() {
  const current = new URLSearchParams(location.search);
  const carried = new URLSearchParams();
  for (const name of SHARED_PARAMS) {
    const value = current.get(name);
    if (value) carried.set(name, value);
  }
  const query = carried.toString() ? `?${carried}` : '';
  return (
    <nav class="main-nav" aria-label="Views">
      {VIEWS.map((view) => (
        <a
          key={view.path}
          class="main-nav-link"
          href={view.path + query}
          aria-current={location.pathname === view.path ? 'page' : undefined}
        >
          {view.label}
          {view.path === '/inbox' && carried.get('site') && <OpenCasesCount siteKey={carried.get('site')!} />}
        </a>
      ))}
    </nav>
  );
}
