// The demo shop as a single-page app: a History API router, and the typed page
// API (widget/api) for what only the app knows. tp.js, loaded by the snippet,
// sees each route change as a new page.
import { touchpoint } from '../../widget/api/index.ts';
import { screenFor } from './routes.ts';

const main = document.getElementById('main')!;

function show(path: string): void {
  const screen = screenFor(path);
  document.title = screen.title;
  main.replaceChildren();
  screen.render(main, go);
}

function go(path: string): void {
  history.pushState(null, '', path);
  show(path);
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-route]');
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  go(link.pathname);
});
addEventListener('popstate', () => show(location.pathname));

// Who the shopper is, as far as the shop may say: sent with every answer of the visit.
touchpoint('identify', { plan: 'gold', app: 'spa' });
show(location.pathname);
