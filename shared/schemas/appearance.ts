import { z } from 'zod';

/**
 * How the widget looks on a site, set once by the site owner; the script tag's
 * data-color / data-position / data-theme win over it on a page.
 */
export const appearanceSchema = z.strictObject({
  /** Brand colour of the tab and buttons; the widget picks black or white text for contrast. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'use a colour like #0a7d5a').optional(),
  position: z.enum(['bottom-right', 'bottom-left', 'side']).optional(),
  theme: z.enum(['light', 'dark', 'auto']).optional(),
});

export type Appearance = z.infer<typeof appearanceSchema>;
