import type { Socket } from 'node:net';
import type { ErrorBody } from '../../../shared/schemas/error.ts';

/**
 * For requests Node cannot even parse (bad framing, oversize headers): the
 * default is a bare "400 Bad Request"; this answers with the one error shape.
 */
export function onClientError(err: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable || (err.code === 'ECONNRESET')) {
    socket.destroy();
    return;
  }
  const [status, reason] =
    err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large']
    : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Request Timeout']
    : [400, 'Bad Request'];
  const body: ErrorBody = { error: { code: 'invalid_payload', message: `The request could not be read (${reason}).` } };
  const json = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
  );
}
