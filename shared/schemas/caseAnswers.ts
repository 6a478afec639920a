import { z } from 'zod';
import { roleSchema } from './account.ts';

// The case routes' answers that had no schema, for the OpenAPI document; the
// routes name these types (`satisfies`), so a route cannot answer another shape.

/** `POST …/cases/bulk`: the ids of the cases the change altered. */
export const caseBulkResultSchema = z.object({ changed: z.array(z.number().int()) });

/** `POST …/problems/resolve`: the cases resolved, and of them those whose shopper was told. */
export const problemResolveResultSchema = z.object({ resolved: z.array(z.number().int()), told: z.array(z.number().int()) });

/** `GET …/assignees`: the site's members and admins, whom a case can be given to. */
export const assigneeListSchema = z.object({ assignees: z.array(z.object({ id: z.number().int(), email: z.string(), role: roleSchema })) });

export type CaseBulkResult = z.infer<typeof caseBulkResultSchema>;
export type ProblemResolveResult = z.infer<typeof problemResolveResultSchema>;
export type AssigneeList = z.infer<typeof assigneeListSchema>;
