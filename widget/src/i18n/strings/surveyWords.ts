import type en from './en.ts';

/** The words of the survey dialog; English is the reference the translations follow. */
export type SurveyWords = typeof en;
