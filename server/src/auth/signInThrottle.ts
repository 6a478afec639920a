import type { Db } from '../db/Db.ts';
import { ApiError } from '../http/ApiError.ts';
import { countStore } from './countStores.ts';
import { FailureBackoff, type BackoffRule } from './failureBackoff.ts';
import { LoginThrottle, type ThrottleRule } from './loginThrottle.ts';

export interface SignInRules {
  /** Failed sign-ins one client address may make, whatever the accounts: beyond, 429 until the window ends. */
  perAddress: ThrottleRule;
  /** Growing delays between tries at one account from one address. */
  perPair: BackoffRule;
  /** Failures at one account from all addresses together beyond which every address waits the longest delay. */
  accountUnderAttack: number;
}

const MINUTE = 60_000;

export const SIGN_IN_RULES: SignInRules = {
  perAddress: { failures: 20, windowMs: 15 * MINUTE, maxKeys: 10_000 },
  perPair: { firstDelayMs: 1000, maxDelayMs: MINUTE, forgetMs: 15 * MINUTE, maxKeys: 50_000 },
  accountUnderAttack: 100,
};

/**
 * Slows password guessing without letting anyone lock a person out. Nothing is
 * counted per account alone, so failures from other addresses never stop the
 * real user trying from theirs: one address gets a budget of failures across
 * all accounts (20 in 15 minutes, then 429), and one address at one account
 * waits 1 s, 2 s, 4 s… up to a minute after each failure, answered at once
 * with 429 and Retry-After rather than by holding the request. An account
 * failing from many addresses (a spread-out attack) makes every address that
 * has already failed at it wait the full minute; an address trying it for the
 * first time, such as its owner's, still goes through at once.
 *
 * Every attempt is counted *before* the password is checked and given back
 * when it succeeds, so a burst of parallel guesses cannot slip in while the
 * first ones are still being hashed. With `db`, the counts are the database's
 * when collectors share it, so spreading guesses over them gains nothing.
 */
export class SignInThrottle {
  readonly #addresses: LoginThrottle;
  readonly #pairs: FailureBackoff;
  readonly #accounts: FailureBackoff;

  constructor(
    readonly rules: SignInRules = SIGN_IN_RULES,
    now: () => number = Date.now,
    db?: Db,
  ) {
    const { perAddress, perPair } = rules;
    this.#addresses = new LoginThrottle(perAddress, now, countStore(db, 'address', { ...perAddress, forgetMs: perAddress.windowMs }, now));
    this.#pairs = new FailureBackoff(perPair, now, countStore(db, 'pair', perPair, now));
    const perAccount = { ...perPair, maxKeys: perAddress.maxKeys };
    this.#accounts = new FailureBackoff(perAccount, now, countStore(db, 'account', perAccount, now));
  }

  /** Throws 429 when `address` has spent its failures: asked before the body is read, since it needs none. */
  refuseSpentAddress(address: string): void {
    this.#addresses.refuseSpent([address]);
  }

  /** Counts a try at `account` from `address`, or throws 429 with Retry-After. */
  attempt(address: string, account: string): void {
    const pair = pairKey(address, account);
    const underAttack = this.#accounts.failures(account) >= this.rules.accountUnderAttack;
    const waitMs = this.#pairs.waitMs(pair, underAttack);
    if (waitMs > 0) throw tooSoon(waitMs);
    this.#addresses.attempt([address]);
    this.#pairs.failed(pair);
    this.#accounts.failed(account);
  }

  /** The try was right: its address and account start afresh at each other. */
  succeeded(address: string, account: string): void {
    this.#addresses.succeeded([address]);
    this.#pairs.forget(pairKey(address, account));
    this.#accounts.giveBack(account);
  }
}

function pairKey(address: string, account: string): string {
  return `${address}\n${account}`;
}

function tooSoon(waitMs: number): ApiError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new ApiError(
    429,
    'rate_limited',
    `Too many failed sign-in attempts. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
    undefined,
    { 'Retry-After': String(seconds) },
  );
}
