import { describe, expect, it, vi } from 'vitest';
import { watchExitIntent } from '../src/triggers/exitIntent.ts';
import { FakeDocument } from './fakePage.ts';

const mouseout = (clientY: number, relatedTarget: unknown = null) => Object.assign(new Event('mouseout'), { clientY, relatedTarget });

describe('exit intent (desktop)', () => {
  it('fires when the pointer leaves the page through the top edge', () => {
    const doc = new FakeDocument();
    const fire = vi.fn();
    watchExitIntent(doc, fire);
    doc.dispatchEvent(mouseout(0));
    doc.dispatchEvent(mouseout(-12));
    expect(fire).toHaveBeenCalledTimes(2); // asking once is the policy's job
  });

  it('ignores the pointer moving between elements or leaving by the sides and bottom', () => {
    const doc = new FakeDocument();
    const fire = vi.fn();
    watchExitIntent(doc, fire);
    doc.dispatchEvent(mouseout(0, {})); // into another element at the very top
    doc.dispatchEvent(mouseout(300)); // out through the left, right or bottom edge
    expect(fire).not.toHaveBeenCalled();
  });

  it('stops listening when stopped', () => {
    const doc = new FakeDocument();
    const fire = vi.fn();
    watchExitIntent(doc, fire)();
    doc.dispatchEvent(mouseout(-5));
    expect(fire).not.toHaveBeenCalled();
  });
});
