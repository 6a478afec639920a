// Types of the page API, `touchpoint(...)`. The collector serves this file at
// /touchpoint.d.ts: reference it (/// <reference path="touchpoint.d.ts" />) to
// type the global the embed snippet defines, or import { touchpoint } from the
// ESM module beside it (widget/api/index.ts, served built at /touchpoint-api.js).

/** What a page may say about the shopper: up to 20 keys, strings, numbers or booleans; never an identity. */
export type TouchpointAttributes = Record<string, string | number | boolean>;

/** Each call's name and the arguments it takes. */
export interface TouchpointCalls {
  /** Open the feedback form. */
  open: [];
  /** Close it. */
  close: [];
  /** Take the widget off the page. */
  remove: [];
  /** An event from the page; a survey can be set off by it. */
  track: [event: string, properties?: Record<string, string | number | boolean>];
  /** Attributes of the shopper, kept for the visit and sent with every answer. */
  identify: [attributes: TouchpointAttributes];
  /** The visit reached a step of a journey. */
  step: [where: { journey: string; step: string }];
  /** The visit completed a journey. */
  complete: [where: { journey: string }];
}

export type TouchpointCommand = keyof TouchpointCalls;

export interface Touchpoint {
  <C extends TouchpointCommand>(command: C, ...args: TouchpointCalls[C]): void;
  /** Calls queued before tp.js loaded; it replays them once. */
  q?: IArguments[];
}

declare global {
  /** Defined by the embed snippet's queue stub, then by tp.js. */
  var touchpoint: Touchpoint;
}
