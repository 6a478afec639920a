import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { MAIL_LANGS } from '../mailLangs.ts';

export const TEAM_KEY_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;
export const teamKeySchema = z.string().regex(TEAM_KEY_PATTERN, 'a team key: lowercase letters, digits, _ and -, up to 40');

/**
 * Office hours the SLA clock runs in (UTC): `days` 0 = Sunday … 6 = Saturday,
 * hours `start` to `end`. Without them the clock runs around the clock.
 */
export const businessHoursSchema = z
  .object({
    days: z.array(z.number().int().min(0).max(6)).min(1).max(7),
    start: z.number().int().min(0).max(23),
    end: z.number().int().min(1).max(24),
  })
  .refine((hours) => hours.start < hours.end, { message: 'start must be before end', path: ['end'] });

/** A group of people who own a kind of complaint, with where they are told and how fast they answer. */
export const teamSchema = z.object({
  key: teamKeySchema,
  name: z.string().trim().min(1).max(80),
  /** Where notifications for the team go; empty when it has none. */
  email: z.union([z.email().max(LIMITS.email), z.literal('')]).default(''),
  /** The language of the team's e-mail (the weekly digest). */
  lang: z.enum(MAIL_LANGS).default('en'),
  firstResponseHours: z.number().positive().max(24 * 365),
  resolutionHours: z.number().positive().max(24 * 365),
  businessHours: businessHoursSchema.optional(),
  /** Users (ids) in the team: whom a case of the team is offered to. */
  members: z.array(z.number().int().positive()).max(200).default([]),
});

/** `GET` / `PUT /api/sites/:siteKey/teams`. */
export const teamsSchema = z.object({
  teams: z
    .array(teamSchema)
    .min(1, 'keep at least one team')
    .max(50)
    .refine((teams) => new Set(teams.map((t) => t.key)).size === teams.length, 'each team key once'),
});

export type Team = z.infer<typeof teamSchema>;
export type Teams = z.infer<typeof teamsSchema>;
export type TeamsInput = z.input<typeof teamsSchema>;
export type BusinessHours = z.infer<typeof businessHoursSchema>;
