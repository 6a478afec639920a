import type en from './en.ts';

/** The words of "What stopped you?"; English is the reference the translations follow. */
export type AbandonStrings = typeof en;
