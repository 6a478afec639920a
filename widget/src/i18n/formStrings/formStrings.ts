import type en from './en.ts';

/** The words of the feedback form; English is the reference the translations follow. */
export type FormStrings = typeof en;
