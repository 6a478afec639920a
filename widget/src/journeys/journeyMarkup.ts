import type { JourneyMark } from './urlSteps.ts';

/** What a site owner puts on a form: `<form data-touchpoint-journey="checkout" data-touchpoint-step="shipping">`. */
export const JOURNEY_MARKUP = '[data-touchpoint-journey]';

/** The journey markup an element is in, if any. */
export function markupOf(target: EventTarget | null): HTMLElement | null | undefined {
  return (target as Element | null)?.closest?.<HTMLElement>(JOURNEY_MARKUP);
}

/** The journey and step an element of journey markup declares. */
export function markOf(element: HTMLElement): JourneyMark {
  return { journey: element.dataset.touchpointJourney ?? '', step: element.dataset.touchpointStep };
}

/**
 * Fields whose value differs from what the page rendered: typed into before
 * anyone was listening. Values are compared here, never kept.
 */
export function changedFields(root: ParentNode): HTMLInputElement[] {
  return [...root.querySelectorAll<HTMLInputElement>('input,textarea')].filter((field) =>
    /radio|checkbox/.test(field.type) ? field.checked !== field.defaultChecked : field.defaultValue !== undefined && field.value !== field.defaultValue,
  );
}
