import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface RawConnection {
  /** Writes bytes as they are; ignored once the server has closed. */
  write(part: string | Buffer): void;
  /** The first response, read until complete, the server closes, or the timeout. */
  response: Promise<RawResponse>;
}

/** A TCP connection to write a request by hand: for requests no HTTP client would make. */
export function rawConnection(url: string, timeoutMs = 3000): RawConnection {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  const chunks: Buffer[] = [];
  socket.on('error', () => {}); // the server may close while we still write: expected here
  const response = new Promise<RawResponse>((resolve, reject) => {
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const status = Number(statusLine.split(' ')[1]);
      if (!status) return reject(new Error(`no HTTP response: ${JSON.stringify(text.slice(0, 200))}`));
      const headers = Object.fromEntries(
        headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      let body = rest.join('\r\n\r\n');
      if (headers['transfer-encoding'] === 'chunked') body = dechunk(body);
      resolve({ status, headers, body });
    };
    const timer = setTimeout(finish, timeoutMs);
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      const text = Buffer.concat(chunks).toString('utf8');
      const length = /\r\ncontent-length: *(\d+)/i.exec(text);
      const headEnd = text.indexOf('\r\n\r\n');
      if (length && headEnd >= 0 && Buffer.byteLength(text.slice(headEnd + 4)) >= Number(length[1])) finish();
    });
    socket.on('end', finish);
  });
  return {
    write(part) {
      if (!socket.destroyed) socket.write(part);
    },
    response,
  };
}

/** Sends the parts one event-loop turn apart and reads the response. */
export async function rawRequest(url: string, parts: (string | Buffer)[], timeoutMs = 3000): Promise<RawResponse> {
  const connection = rawConnection(url, timeoutMs);
  for (const part of parts) {
    connection.write(part);
    await new Promise((r) => setImmediate(r));
  }
  return connection.response;
}

function dechunk(body: string): string {
  let out = '';
  let rest = body;
  for (;;) {
    const lineEnd = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, lineEnd), 16);
    if (!size) return out;
    out += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    rest = rest.slice(lineEnd + 2 + size + 2);
  }
}

export interface RawKeepAlive {
  write(part: string): void;
  /** The next response on the connection (each must carry Content-Length), or null once the server closed it. */
  next(): Promise<RawResponse | null>;
  /** Resolves when the server has closed the connection. */
  closed: Promise<void>;
}

/** A TCP connection that sends several requests in turn, as a keep-alive client does, with bytes written by hand. */
export function rawKeepAlive(url: string): RawKeepAlive {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  socket.on('error', () => {});
  let buffered = Buffer.alloc(0);
  let ended = false;
  let wake: () => void = () => {};
  socket.on('data', (chunk) => {
    buffered = Buffer.concat([buffered, chunk]);
    wake();
  });
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  socket.on('close', () => {
    ended = true;
    wake();
  });
  const take = (): RawResponse | undefined => {
    const headEnd = buffered.indexOf('\r\n\r\n');
    if (headEnd < 0) return undefined;
    const [statusLine = '', ...headerLines] = buffered.subarray(0, headEnd).toString('utf8').split('\r\n');
    const headers = Object.fromEntries(
      headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
    );
    const length = Number(headers['content-length'] ?? NaN);
    if (!(headEnd + 4 + length <= buffered.length)) return undefined;
    const body = buffered.subarray(headEnd + 4, headEnd + 4 + length).toString('utf8');
    buffered = buffered.subarray(headEnd + 4 + length);
    return { status: Number(statusLine.split(' ')[1]), headers, body };
  };
  return {
    write(part) {
      if (!socket.destroyed) socket.write(part);
    },
    async next() {
      for (;;) {
        const response = take();
        if (response) return response;
        if (ended) return null;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    closed,
  };
}
