import { describe, expect, it } from 'vitest';
import { ApiError, errorFromBody } from './ApiError.ts';

describe('errorFromBody', () => {
  it('keeps the server message and code', () => {
    const error = errorFromBody(401, { error: { code: 'unauthorized', message: 'That token is not right.' } });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'unauthorized', message: 'That token is not right.', issues: [] });
  });

  it('words validation issues for people', () => {
    const error = errorFromBody(400, {
      error: { code: 'invalid_payload', message: 'Invalid query.', issues: [{ path: 'from', message: 'must be before to' }, { path: '', message: 'bad' }] },
    });
    expect(error.issues).toEqual(['from: must be before to', 'bad']);
  });

  it('falls back to a generic sentence when the body is not the usual shape', () => {
    expect(errorFromBody(502, '<html>Bad gateway</html>')).toMatchObject({ code: 'bad_response', message: expect.stringMatching(/problem/) });
    expect(errorFromBody(404, undefined).message).toMatch(/could not find/);
    expect(errorFromBody(418, { error: { message: '' } }).message).toMatch(/HTTP 418/);
  });
});
