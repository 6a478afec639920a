import type { Channel, Device } from '../../../../shared/schemas/response.ts';
import type { SiteRange } from './dateRange.ts';

/** One site over [from, to), narrowed by the view filters; null means "any". */
export interface ViewRange extends SiteRange {
  device: Device | null;
  channel: Channel | null;
  /** A language tag; also matches its regional forms (`zh` matches `zh-CN`). */
  lang: string | null;
  /** JSON array of page paths (a page or a touchpoint's pages), or null for every page. */
  paths: string | null;
}

/** The WHERE clause every view query shares, over `responses`, with a ViewRange's named parameters. */
export const VIEW_RANGE_WHERE = `
      site_id = @siteId AND created_at >= @from AND created_at < @to
  AND (@device IS NULL OR device = @device)
  AND (@channel IS NULL OR channel = @channel)
  AND (@lang IS NULL OR lang = @lang COLLATE NOCASE OR lang LIKE @lang || '-%')
  AND (@paths IS NULL OR path IN (SELECT value FROM json_each(@paths)))`;
