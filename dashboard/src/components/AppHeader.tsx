import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError } from '../api/ApiError.ts';
import { signOut } from '../api/dashboardApi.ts';
import { SIGN_IN_PATH } from '../navigation.ts';
import { AccountMenu } from './AccountMenu.tsx';
import { MainNav } from './MainNav.tsx';
import './AppHeader.css';

interface Props {
  /** Controls that belong next to the brand, such as the site selector. */
  children?: ComponentChildren;
}

/** The bar across the top of every signed-in page. */
export function AppHeader({ children }: Props) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const onSignOut = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await signOut();
      location.assign(SIGN_IN_PATH);
    } catch (error) {
      setBusy(false);
      setProblem(error instanceof ApiError ? error.message : 'Could not sign out. Try again.');
    }
  };

  return (
    <header class="app-header">
      <div class="app-header-inner">
        <a class="brand" href="/">
          <span class="brand-mark" aria-hidden="true" />
          Touchpoint
        </a>
        <MainNav />
        <div class="app-header-controls">
          {children}
          <AccountMenu onSignOut={onSignOut} signingOut={busy} />
        </div>
      </div>
      {problem && (
        <p class="app-header-problem" role="alert">
          {problem}
        </p>
      )}
    </header>
  );
}
