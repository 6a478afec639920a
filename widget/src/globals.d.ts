/** File names of the lazily loaded chunks under dist/w/, set by widget/build.ts. */
declare const __TP_FORM_CHUNK__: string;
declare const __TP_JOURNEYS_CHUNK__: string;
declare const __TP_SURVEYS_CHUNK__: string;
/** The chunk of the feedback form's and "What stopped you?"'s words, per bundled language. */
declare const __TP_STRINGS_CHUNKS__: Record<import('../../shared/schemas/survey.ts').WidgetLanguage, string>;

declare module '*.css?inline' {
  const css: string;
  export default css;
}
