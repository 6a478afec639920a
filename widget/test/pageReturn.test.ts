import { describe, expect, it, vi } from 'vitest';
import { watchPageReturn } from '../src/triggers/pageReturn.ts';
import { FakeDocument } from './fakePage.ts';

describe('page return (touch)', () => {
  it('fires when the shopper comes back after the page was hidden, not while it is hidden', () => {
    const doc = new FakeDocument();
    const fire = vi.fn();
    watchPageReturn(doc, fire);
    doc.setVisibility('hidden');
    expect(fire).not.toHaveBeenCalled();
    doc.setVisibility('visible');
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('does not fire on a visibilitychange that was not a return', () => {
    const doc = new FakeDocument();
    const fire = vi.fn();
    watchPageReturn(doc, fire);
    doc.setVisibility('visible');
    expect(fire).not.toHaveBeenCalled();
  });
});
