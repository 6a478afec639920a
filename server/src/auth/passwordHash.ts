import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Passwords are stored as PHC strings, `$scrypt$ln=15,r=8,p=1$<salt>$<hash>`
// (base64, no padding): the salt and the cost travel with each hash, so the
// cost can be raised later without breaking the hashes already stored.

/** 2^15 × 8 × 128 bytes = 32 MiB and ~50–100 ms per hash: OWASP's scrypt minimum, doubled. */
export const DEFAULT_COST = { ln: 15, r: 8, p: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, cost: typeof DEFAULT_COST, length = KEY_BYTES): Promise<Buffer> {
  const N = 2 ** cost.ln;
  const options: ScryptOptions = { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r };
  return new Promise((resolve, reject) => {
    // NFC: the same password typed on two keyboards may arrive composed or decomposed.
    scrypt(password.normalize('NFC'), salt, length, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export async function hashPassword(password: string, cost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(password, salt, cost);
  return `$scrypt$ln=${cost.ln},r=${cost.r},p=${cost.p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/** Parses a stored hash; undefined for anything that is not a sane scrypt PHC string. */
function parse(stored: string): { cost: typeof DEFAULT_COST; salt: Buffer; hash: Buffer } | undefined {
  const match = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/.exec(stored);
  if (!match) return undefined;
  const cost = { ln: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  // A stored string must not be able to make one sign-in cost gigabytes or minutes.
  if (cost.ln < 10 || cost.ln > 20 || cost.r < 1 || cost.r > 32 || cost.p < 1 || cost.p > 16) return undefined;
  if (128 * 2 ** cost.ln * cost.r > 256 * 1024 * 1024) return undefined;
  const hash = Buffer.from(match[5]!, 'base64url');
  if (hash.length < 16 || hash.length > 64) return undefined;
  return { cost, salt: Buffer.from(match[4]!, 'base64url'), hash };
}

/** Compares in constant time. False, never a throw, for a malformed stored hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const candidate = await derive(password, parsed.salt, parsed.cost, parsed.hash.length);
  return timingSafeEqual(candidate, parsed.hash);
}

let decoy: Promise<string> | undefined;

/**
 * A hash to verify against when there is no such account, so an unknown
 * e-mail takes as long to refuse as a wrong password and the timing does not
 * say which addresses have accounts.
 */
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(18).toString('base64url'));
  return decoy;
}
