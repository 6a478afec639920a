import type { ComponentChildren } from 'preact';
import { AppHeader } from '../AppHeader.tsx';
import { usePageTitle } from '../page/usePageTitle.ts';
import '../../styles/page.css';
import './account.css';

interface Props {
  title: string;
  intro: ComponentChildren;
  children: ComponentChildren;
}

/** The frame of the pages about people rather than sites: Team, API tokens, Change password. */
export function AccountPage({ title, intro, children }: Props) {
  usePageTitle(title);
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
