import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { ROLES } from '../roles.ts';
import { siteKeySchema } from './response.ts';

// Team accounts, sessions and API tokens: what `/auth/*`, `/api/me*` and
// `/api/users*` accept and answer.

export const PASSWORD_MIN = 12;
/** scrypt reads the whole password; a cap keeps one request from costing much. */
export const PASSWORD_MAX = 256;
export const TOKEN_NAME_MAX = 80;

export const roleSchema = z.enum(ROLES);

const emailSchema = z.string().trim().max(LIMITS.email).pipe(z.email());
const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX);

/** `POST /auth/login`: the admin token, or an account's e-mail and password. */
export const signInSchema = z.union([
  z.object({ token: z.string().min(1).max(512) }),
  // Not checked as an address: a typo answers like a wrong password.
  z.object({ email: z.string().trim().min(1).max(LIMITS.email), password: z.string().min(1).max(PASSWORD_MAX) }),
]);

export const createUserSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  role: roleSchema,
});

export const updateUserSchema = z
  .object({ role: roleSchema.optional(), disabled: z.boolean().optional() })
  .refine((value) => value.role !== undefined || value.disabled !== undefined, 'send role, disabled or both');

/** A generous bound on sites per account, so one request stays small. */
export const SITES_PER_USER_MAX = 1000;

/** `PUT /api/users/:id/sites`: exactly the sites a member or viewer may see (admins see every site). */
export const userSitesSchema = z.object({
  sites: z.array(siteKeySchema).max(SITES_PER_USER_MAX),
});

export const changePasswordSchema = z.object({
  current: z.string().min(1).max(PASSWORD_MAX),
  next: newPasswordSchema,
});

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1).max(TOKEN_NAME_MAX),
});

export type CreateUser = z.infer<typeof createUserSchema>;
export type UpdateUser = z.infer<typeof updateUserSchema>;
export type UserSites = z.infer<typeof userSitesSchema>;

/** `GET /api/me`. `email` is null for the admin token, which belongs to no account. */
export interface Me {
  email: string | null;
  /** Whom "assign to me" assigns to; null for the admin token. */
  userId: number | null;
  role: z.infer<typeof roleSchema>;
  via: 'admin-token' | 'session' | 'api-token';
}

export interface User {
  id: number;
  email: string;
  role: z.infer<typeof roleSchema>;
  disabled: boolean;
  createdAt: string;
  /** The keys of the sites given to them; an admin sees every site whatever this lists. */
  sites: string[];
}

export interface UserList {
  users: User[];
}

export interface ApiToken {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface ApiTokenList {
  tokens: ApiToken[];
}

/** Answered once, when the token is made: only its hash is kept. */
export interface CreatedApiToken extends ApiToken {
  token: string;
}
