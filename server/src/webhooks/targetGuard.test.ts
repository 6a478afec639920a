import { describe, expect, it } from 'vitest';
import { isBlockedAddress } from './blockedAddress.ts';
import { checkTarget, guardedLookup } from './targetGuard.ts';

// Nothing here connects anywhere: the guard is checked on addresses and on
// what a (fake, or /etc/hosts') resolver answers.
const resolvesTo = (...addresses: string[]) => async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('the SSRF guard', () => {
  it.each([
    '127.0.0.1',
    '127.1.2.3',
    '::1',
    '10.0.0.8',
    '172.16.5.4',
    '192.168.1.1',
    '169.254.169.254',
    '100.100.100.200',
    '0.0.0.0',
    '::',
    'fc00::1',
    'fd00:ec2::254',
    'fe80::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    'ff02::1',
  ])('refuses %s', (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each(['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c', '1.1.1.1'])('lets the public address %s through', (address) => {
    expect(isBlockedAddress(address)).toBe(false);
  });

  it.each([
    ['https://127.0.0.1/hook', /127\.0\.0\.1/],
    ['https://[::1]/hook', /::1/],
    ['https://10.1.2.3/hook', /10\.1\.2\.3/],
    ['https://169.254.169.254/latest/meta-data', /169\.254\.169\.254/],
    ['https://[::ffff:169.254.169.254]/', /::ffff/],
    ['http://hooks.example.com/x', /https/],
    ['https://user:pw@hooks.example.com/x', /password/],
  ])('refuses %s when saving', async (url, reason) => {
    expect(await checkTarget(url, false, resolvesTo('93.184.215.14'))).toMatch(reason);
  });

  it('refuses a host name that resolves to a private address, even if only one of its addresses is', async () => {
    expect(await checkTarget('https://rebind.example/hook', false, resolvesTo('93.184.215.14', '10.0.0.5'))).toMatch(/10\.0\.0\.5/);
    expect(await checkTarget('https://hooks.example/hook', false, resolvesTo('93.184.215.14'))).toBeUndefined();
  });

  it('refuses localhost, which resolves to loopback', async () => {
    expect(await checkTarget('https://localhost:8443/hook', false)).toMatch(/resolves to (127\.0\.0\.1|::1)/);
  });

  it('refuses a loopback name again when connecting, whatever it resolved to at save time', async () => {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => guardedLookup('localhost', {}, (err) => resolve(err)));
    expect(error?.code).toBe('ETARGETREFUSED');
  });

  it('allows loopback and http only with TOUCHPOINT_ALLOW_PRIVATE_WEBHOOKS', async () => {
    expect(await checkTarget('http://127.0.0.1:9999/hook', true)).toBeUndefined();
    expect(await checkTarget('ftp://127.0.0.1/hook', true)).toMatch(/https/);
  });
});
