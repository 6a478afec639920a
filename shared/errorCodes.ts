// Every error the server answers with carries one of these codes, so clients
// (the widget, the dashboard, scripts) can branch on the code, not the wording.
export const ERROR_CODES = [
  'invalid_payload',
  'invalid_json',
  'payload_too_large',
  'unsupported_media_type',
  'unknown_site',
  'origin_not_allowed',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
