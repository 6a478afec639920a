import type en from './en.ts';

/** The words of the feedback form and "What stopped you?"; English is the reference the translations follow. */
export type FormStrings = typeof en;
