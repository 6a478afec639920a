import { changePasswordSchema, createApiTokenSchema } from '../../../../shared/schemas/account.ts';
import { apiTokenListSchema, createdApiTokenSchema, meSchema } from '../../../../shared/schemas/accountAnswers.ts';
import type { ApiOperation } from '../apiOperation.ts';

/** routes/me.ts, routes/apiTokens.ts */
export const accountOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/me',
    tag: 'Account',
    summary: 'Who is asking: e-mail (null for the admin token), role, and how they signed in',
    answer: { status: 200, description: 'The caller.', schema: meSchema, example: { email: 'ana@team.example', role: 'member', via: 'api-token' } },
  },
  {
    method: 'post',
    path: '/api/me/password',
    tag: 'Account',
    summary: 'Change your password; your other sessions and your API tokens end',
    noApiTokens: true,
    body: { schema: changePasswordSchema, example: { current: 'the old password', next: 'a new long password' } },
    answer: { status: 200, description: 'Changed; a session caller gets a new session cookie.', example: { ok: true } },
    errors: { 429: 'Too many wrong current passwords: see `Retry-After`.' },
  },
  {
    method: 'get',
    path: '/api/me/tokens',
    tag: 'Account',
    summary: 'Your live API tokens (never the tokens themselves)',
    noApiTokens: true,
    answer: { status: 200, description: 'The tokens.', schema: apiTokenListSchema },
  },
  {
    method: 'post',
    path: '/api/me/tokens',
    tag: 'Account',
    summary: 'Make an API token for a script; it acts with your role and is shown once',
    noApiTokens: true,
    body: { schema: createApiTokenSchema, example: { name: 'nightly export' } },
    answer: {
      status: 201,
      description: 'The token, shown only now.',
      schema: createdApiTokenSchema,
      example: { id: 7, name: 'nightly export', createdAt: '2026-06-17T10:00:00.000Z', lastUsedAt: null, token: 'tp_pat_…' },
    },
  },
  {
    method: 'delete',
    path: '/api/me/tokens/:id',
    tag: 'Account',
    summary: 'Revoke one of your API tokens',
    noApiTokens: true,
    answer: { status: 204, description: 'Revoked.' },
  },
];
