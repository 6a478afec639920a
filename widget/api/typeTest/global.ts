// A page that embeds the snippet and references the served declaration file,
// without importing anything: the global `touchpoint` is typed the same way.
/// <reference path="../touchpoint.d.ts" />

touchpoint('identify', { plan: 'gold' });
touchpoint('step', { journey: 'checkout', step: 'shipping' });
// @ts-expect-error: no such call
touchpoint('identity', { plan: 'gold' });
// @ts-expect-error: complete takes an object
touchpoint('complete', 'checkout');

export {};
