import type { User } from '../../../../shared/schemas/account.ts';
import type { Site } from '../../../../shared/schemas/site.ts';

interface Props {
  user: User;
  /** Undefined while they load. */
  sites: Site[] | undefined;
  disabled: boolean;
  /** The whole new set of site keys, in the order the sites are listed. */
  onChange: (keys: string[]) => void;
}

/** Which sites a member or viewer sees, one checkbox each; admins see every site, so theirs is not a choice. */
export function UserSites({ user, sites, disabled, onChange }: Props) {
  if (user.role === 'admin') return <span class="muted">Every site</span>;
  if (!sites) return <span class="muted">Loading…</span>;
  if (sites.length === 0) return <span class="muted">No sites yet</span>;
  const toggle = (key: string, on: boolean) =>
    onChange(sites.map((site) => site.key).filter((k) => (k === key ? on : user.sites.includes(k))));
  return (
    <fieldset class="site-choices">
      <legend class="visually-hidden">Sites {user.email} sees</legend>
      {sites.map((site) => (
        <label key={site.key} class="site-choice">
          <input
            type="checkbox"
            checked={user.sites.includes(site.key)}
            disabled={disabled}
            onChange={(e) => toggle(site.key, e.currentTarget.checked)}
          />
          {site.name}
        </label>
      ))}
      {user.sites.length === 0 && <span class="site-choices-none">Sees no site yet</span>}
    </fieldset>
  );
}
