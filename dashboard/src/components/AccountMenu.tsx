import { useEffect, useRef, useState } from 'preact/hooks';
import { signOutEverywhere } from '../api/accountApi.ts';
import { ApiError } from '../api/ApiError.ts';
import { can, useMe } from '../hooks/useMe.ts';
import { SIGN_IN_PATH } from '../navigation.ts';
import './AccountMenu.css';

interface Props {
  onSignOut: () => void;
  signingOut: boolean;
}

/** Who is signed in, what they can do about their account and the team, and signing out. */
export function AccountMenu({ onSignOut, signingOut }: Props) {
  const me = useMe();
  const menu = useRef<HTMLDetailsElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  // Closes like a menu: on a click elsewhere, or Escape.
  useEffect(() => {
    const close = (event: Event) => {
      const details = menu.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !details.contains(event.target as Node)) {
        details.open = false;
        if (event instanceof KeyboardEvent) details.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('click', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('click', close);
      document.removeEventListener('keydown', close);
    };
  }, []);

  const everywhere = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await signOutEverywhere();
      location.assign(SIGN_IN_PATH);
    } catch (error) {
      setBusy(false);
      setProblem(error instanceof ApiError ? error.message : 'Could not sign out. Try again.');
    }
  };

  // Until /api/me answers, the menu still offers signing out.
  const who = me ? (me.email ?? 'Admin token') : 'Account';
  // The header is crowded: the part before the @ says who it is; the menu shows the whole address.
  const short = me?.email ? me.email.split('@')[0] : who;
  return (
    <details class="account-menu" ref={menu}>
      <summary class="button button-quiet account-menu-summary" aria-label={me ? `Account: ${who}, ${me.role}` : 'Account'}>
        <span class="account-menu-who">{short}</span>
        {me && <span class="role-badge">{me.role}</span>}
      </summary>
      <div class="account-menu-panel card">
        {me && (
          <p class="account-menu-identity">
            {me.email ? (
              <>
                Signed in as <strong>{me.email}</strong>
              </>
            ) : (
              'Signed in with the admin token'
            )}
          </p>
        )}
        <ul class="account-menu-links">
          {can(me, 'admin') && (
            <li>
              <a href="/team" aria-current={location.pathname === '/team' ? 'page' : undefined}>
                Team
              </a>
            </li>
          )}
          <li>
            <a href={siteSettingsLink()} aria-current={location.pathname === '/site-settings' ? 'page' : undefined}>
              Site settings
            </a>
          </li>
          {can(me, 'admin') && (
            <li>
              <a href="/webhooks" aria-current={location.pathname === '/webhooks' ? 'page' : undefined}>
                Webhooks &amp; alerts
              </a>
            </li>
          )}
          {can(me, 'admin') && (
            <li>
              <a href="/import" aria-current={location.pathname === '/import' ? 'page' : undefined}>
                Import
              </a>
            </li>
          )}
          <li>
            <a href="/api-tokens" aria-current={location.pathname === '/api-tokens' ? 'page' : undefined}>
              API tokens
            </a>
          </li>
          {me?.email && (
            <li>
              <a href="/password" aria-current={location.pathname === '/password' ? 'page' : undefined}>
                Change password
              </a>
            </li>
          )}
        </ul>
        <div class="account-menu-actions">
          <button type="button" class="button" onClick={onSignOut} disabled={signingOut || busy}>
            Sign out
          </button>
          <button type="button" class="button button-quiet" onClick={everywhere} disabled={signingOut || busy}>
            Sign out everywhere
          </button>
        </div>
        <p class="account-menu-note muted">
          “Everywhere” ends {me?.email ? 'your sessions on every browser and device' : 'every session of this sign-in'}, this one
          too{me?.email ? ', and revokes your API tokens' : ''}.
        </p>
        {problem && (
          <p class="account-menu-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
    </details>
  );
}

/** The settings of the site shown now, when the address names one. */
function siteSettingsLink(): string {
  const site = new URLSearchParams(location.search).get('site');
  return site ? `/site-settings?${new URLSearchParams({ site })}` : '/site-settings';
}
