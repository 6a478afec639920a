// Compiled by `tsc -p .` and by widget/test/pageApiTypes.test.ts: every call
// marked as an expected error below must be one, or the compile fails.
import { touchpoint } from '../index.ts';

touchpoint('open');
touchpoint('close');
touchpoint('remove');
touchpoint('track', 'order_completed');
touchpoint('track', 'order_completed', { value: 42, currency: 'EUR', gift: false });
touchpoint('identify', { plan: 'gold', orders: 3, trial: false });
touchpoint('step', { journey: 'checkout', step: 'payment' });
touchpoint('complete', { journey: 'checkout' });

// @ts-expect-error: no such call
touchpoint('opne');
// @ts-expect-error: open takes no arguments
touchpoint('open', { now: true });
// @ts-expect-error: track needs the event's name
touchpoint('track');
// @ts-expect-error: the event's name is text
touchpoint('track', 42);
// @ts-expect-error: attributes are strings, numbers or booleans, never objects
touchpoint('identify', { address: { city: 'Lyon' } });
// @ts-expect-error: identify takes attributes, not an id
touchpoint('identify', 'user-42');
// @ts-expect-error: a step names its journey too
touchpoint('step', { step: 'payment' });
// @ts-expect-error: complete names the journey
touchpoint('complete');
// @ts-expect-error: the step is a key, not a number
touchpoint('step', { journey: 'checkout', step: 2 });
