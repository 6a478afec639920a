import type { ApiToken, ApiTokenList, CreatedApiToken, CreateUser, Me, UpdateUser, User, UserList, UserSites } from '../../../shared/schemas/account.ts';
import { apiRequest } from './client.ts';

// Accounts, sessions and API tokens (server/src/routes/auth.ts, me.ts, users.ts, apiTokens.ts).

/** Whether the team has accounts yet: the sign-in page opens on e-mail and password if so. */
export async function getSignInMethods(): Promise<{ accounts: boolean }> {
  return apiRequest<{ accounts: boolean }>('/auth/methods', { redirectOnUnauthorized: false });
}

/** Throws ApiError on a wrong e-mail or password (401), a disabled account (403) or too many tries (429). */
export async function signInWithPassword(email: string, password: string): Promise<void> {
  await apiRequest<{ ok: true }>('/auth/login', { method: 'POST', body: { email, password }, redirectOnUnauthorized: false });
}

export async function signOutEverywhere(): Promise<void> {
  await apiRequest<{ ok: true }>('/auth/logout-everywhere', { method: 'POST', body: {}, redirectOnUnauthorized: false });
}

export function getMe(signal?: AbortSignal): Promise<Me> {
  return apiRequest<Me>('/api/me', { signal });
}

export async function changePassword(current: string, next: string): Promise<void> {
  await apiRequest<{ ok: true }>('/api/me/password', { method: 'POST', body: { current, next } });
}

export async function listUsers(signal?: AbortSignal): Promise<User[]> {
  return (await apiRequest<UserList>('/api/users', { signal })).users;
}

export function createUser(input: CreateUser): Promise<User> {
  return apiRequest<User>('/api/users', { method: 'POST', body: input });
}

export function updateUser(id: number, changes: UpdateUser): Promise<User> {
  return apiRequest<User>(`/api/users/${id}`, { method: 'PATCH', body: changes });
}

/** Exactly the sites a member or viewer sees; answers the user with them. */
export function setUserSites(id: number, sites: UserSites['sites']): Promise<User> {
  return apiRequest<User>(`/api/users/${id}/sites`, { method: 'PUT', body: { sites } satisfies UserSites });
}

export async function deleteUser(id: number): Promise<void> {
  await apiRequest<void>(`/api/users/${id}`, { method: 'DELETE' });
}

export async function listApiTokens(signal?: AbortSignal): Promise<ApiToken[]> {
  return (await apiRequest<ApiTokenList>('/api/me/tokens', { signal })).tokens;
}

export function createApiToken(name: string): Promise<CreatedApiToken> {
  return apiRequest<CreatedApiToken>('/api/me/tokens', { method: 'POST', body: { name } });
}

export async function revokeApiToken(id: number): Promise<void> {
  await apiRequest<void>(`/api/me/tokens/${id}`, { method: 'DELETE' });
}
