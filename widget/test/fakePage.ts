/**
 * Tiny stand-ins for the browser in Node (there is no jsdom here): EventTargets
 * with the few properties the journeys code reads, and events whose target is
 * a fake element, as if they had bubbled up from it.
 */
export class FakeDocument extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';
  readyState: DocumentReadyState = 'complete';
  referrer = '';
  markup: FakeElement[] = [];
  activeElement: FakeElement | null = null;
  querySelectorAll(selector: string) {
    if (selector === '[data-touchpoint-journey]') return this.markup;
    return this.markup.flatMap((form) => form.fields);
  }
  /** Hides or shows the page the way a tab or app switch does. */
  setVisibility(state: DocumentVisibilityState) {
    this.visibilityState = state;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

export class FakeWindow extends EventTarget {
  scrollY = 0;
  scrollTo(y: number) {
    this.scrollY = y;
    this.dispatchEvent(new Event('scroll'));
  }
}

/** An element as the journeys code sees it: a tag, data-*, an enclosing journey form, attributes. */
export class FakeElement {
  dataset: Record<string, string> = {};
  form?: FakeElement;
  href?: string;
  target = '';
  action?: string;
  /** Form fields: what the field was rendered with, and what it holds now. */
  type = 'text';
  value = '';
  defaultValue = '';
  checked = false;
  defaultChecked = false;
  fields: FakeElement[] = [];
  private attributes = new Set<string>();
  constructor(
    public tagName: string,
    private journeyForm?: FakeElement,
  ) {}
  closest(selector: string): unknown {
    if (selector === 'a[href]') return this.tagName === 'A' && this.href ? this : null;
    if (selector === '[data-touchpoint-journey]') return this.dataset.touchpointJourney ? this : (this.journeyForm ?? null);
    return null;
  }
  querySelectorAll() {
    return this.fields;
  }
  contains(other: unknown) {
    return other === this || this.fields.includes(other as FakeElement);
  }
  hasAttribute(name: string) {
    return this.attributes.has(name);
  }
  setAttribute(name: string) {
    this.attributes.add(name);
  }
}

/** An event on `on` that looks as if it came from `target`. */
export function eventFrom<T extends object>(type: string, target: unknown, init: T = {} as T, cancelable = true): Event & T {
  const event = new Event(type, { cancelable, bubbles: true });
  Object.defineProperty(event, 'target', { value: target });
  return Object.assign(event, init);
}

/** A left click on `target` with no modifier keys, unless `init` says otherwise. */
export function click(target: unknown, init: Partial<MouseEvent> = {}): MouseEvent {
  const event = eventFrom('click', target, { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, ...init });
  return event as unknown as MouseEvent;
}
