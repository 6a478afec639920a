import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { AppHeader } from '../AppHeader.tsx';
import '../../pages/Overview.css';
import './account.css';

interface Props {
  title: string;
  intro: ComponentChildren;
  children: ComponentChildren;
}

/** The frame of the pages about people rather than sites: Team, API tokens, Change password. */
export function AccountPage({ title, intro, children }: Props) {
  useEffect(() => {
    document.title = `${title} · Touchpoint`;
  }, [title]);
  return (
    <>
      <AppHeader />
      <main class="page account-page">
        <div class="page-head">
          <div class="page-title">
            <h1>{title}</h1>
            <p class="muted">{intro}</p>
          </div>
        </div>
        {children}
      </main>
    </>
  );
}
