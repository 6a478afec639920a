import { useState } from 'preact/hooks';
import type { User } from '../../../../shared/schemas/account.ts';
import type { Site } from '../../../../shared/schemas/site.ts';

interface Props {
  user: User;
  /** Undefined while they load. */
  sites: Site[] | undefined;
  disabled: boolean;
  /** The whole new set of site keys, in the order the sites are listed; settles once saved or refused. */
  onChange: (keys: string[]) => Promise<void>;
}

/** Which sites a member or viewer sees, one checkbox each; admins see every site, so theirs is not a choice. */
export function UserSites({ user, sites, disabled, onChange }: Props) {
  // While saving, the ticks show the change asked for rather than jumping back until the answer comes.
  const [saving, setSaving] = useState<string[] | null>(null);
  if (user.role === 'admin') return <span class="muted">Every site</span>;
  if (!sites) return <span class="muted">Loading…</span>;
  if (sites.length === 0) return <span class="muted">No sites yet</span>;
  const ticked = saving ?? user.sites;
  const toggle = async (key: string, on: boolean) => {
    const keys = sites.map((site) => site.key).filter((k) => (k === key ? on : ticked.includes(k)));
    setSaving(keys);
    await onChange(keys);
    setSaving(null); // saved: the user now lists them; refused: back to what is saved
  };
  return (
    <fieldset class="site-choices">
      <legend class="visually-hidden">Sites {user.email} sees</legend>
      {sites.map((site) => (
        <label key={site.key} class="site-choice">
          <input
            type="checkbox"
            checked={ticked.includes(site.key)}
            disabled={disabled}
            onChange={(e) => toggle(site.key, e.currentTarget.checked)}
          />
          {site.name}
        </label>
      ))}
      {ticked.length === 0 && <span class="site-choices-none">Sees no site yet</span>}
    </fieldset>
  );
}
