import { z } from 'zod';
import type { Same } from './sameShape.ts';
import type { ApiToken, ApiTokenList, CreatedApiToken, Me, User, UserList } from './account.ts';
import { roleSchema } from './account.ts';

// The account answers as zod schemas, for the OpenAPI document; the checks at
// the bottom keep them equal to the interfaces the server and dashboard use.

export const meSchema = z.object({
  email: z.string().nullable(),
  userId: z.number().int().nullable(),
  role: roleSchema,
  via: z.enum(['admin-token', 'session', 'api-token']),
});

export const userSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  role: roleSchema,
  disabled: z.boolean(),
  createdAt: z.string(),
  sites: z.array(z.string()),
});

export const userListSchema = z.object({ users: z.array(userSchema) });

export const apiTokenSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});

export const apiTokenListSchema = z.object({ tokens: z.array(apiTokenSchema) });

export const createdApiTokenSchema = apiTokenSchema.extend({ token: z.string() });

const agree: [
  Same<z.infer<typeof meSchema>, Me>,
  Same<z.infer<typeof userSchema>, User>,
  Same<z.infer<typeof userListSchema>, UserList>,
  Same<z.infer<typeof apiTokenSchema>, ApiToken>,
  Same<z.infer<typeof apiTokenListSchema>, ApiTokenList>,
  Same<z.infer<typeof createdApiTokenSchema>, CreatedApiToken>,
] = [true, true, true, true, true, true];
void agree;
