import { createUserSchema, updateUserSchema, userSitesSchema } from '../../../../shared/schemas/account.ts';
import { apiTokenListSchema, userListSchema, userSchema } from '../../../../shared/schemas/accountAnswers.ts';
import type { ApiOperation } from '../apiOperation.ts';
import { SITE_KEY } from './examples.ts';

const USER = { id: 42, email: 'bo@team.example', role: 'viewer', disabled: false, createdAt: '2026-06-17T10:00:00.000Z', sites: [SITE_KEY] };
const SELF = { 403: 'The caller is not an admin, or is changing their own account (another admin must).' };

/** routes/users.ts, routes/userSites.ts */
export const userOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/users',
    tag: 'Team',
    summary: 'List the accounts with the sites each was given',
    noApiTokens: true,
    answer: { status: 200, description: 'The accounts.', schema: userListSchema, example: { users: [USER] } },
  },
  {
    method: 'post',
    path: '/api/users',
    tag: 'Team',
    summary: 'Add an account',
    noApiTokens: true,
    body: { schema: createUserSchema, example: { email: 'bo@team.example', password: 'a long enough password', role: 'viewer' } },
    answer: { status: 201, description: 'The account.', schema: userSchema, example: { ...USER, sites: [] } },
    errors: { 409: 'There is already an account with that e-mail.' },
  },
  {
    method: 'patch',
    path: '/api/users/:id',
    tag: 'Team',
    summary: 'Change an account’s role, or disable it (its sessions and tokens end)',
    noApiTokens: true,
    body: { schema: updateUserSchema, example: { role: 'member' } },
    answer: { status: 200, description: 'The account as it now is.', schema: userSchema, example: { ...USER, role: 'member' } },
    errors: SELF,
  },
  {
    method: 'delete',
    path: '/api/users/:id',
    tag: 'Team',
    summary: 'Remove an account',
    noApiTokens: true,
    answer: { status: 204, description: 'Removed.' },
    errors: SELF,
  },
  {
    method: 'put',
    path: '/api/users/:id/sites',
    tag: 'Team',
    summary: 'Set exactly the sites a member or viewer may see',
    noApiTokens: true,
    body: { schema: userSitesSchema, example: { sites: [SITE_KEY] } },
    answer: { status: 200, description: 'The account with its sites.', schema: userSchema, example: USER },
  },
  {
    method: 'get',
    path: '/api/users/:id/tokens',
    tag: 'Team',
    summary: 'An account’s live API tokens',
    noApiTokens: true,
    answer: { status: 200, description: 'The tokens.', schema: apiTokenListSchema },
  },
  {
    method: 'delete',
    path: '/api/users/:id/tokens/:tokenId',
    tag: 'Team',
    summary: 'Revoke an account’s API token',
    noApiTokens: true,
    answer: { status: 204, description: 'Revoked.' },
  },
];
