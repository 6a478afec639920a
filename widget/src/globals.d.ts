/** File names of the lazily loaded chunks under dist/w/, set by widget/build.ts. */
declare const __TP_FORM_CHUNK__: string;
declare const __TP_JOURNEYS_CHUNK__: string;
declare const __TP_ABANDON_CHUNK__: string;

declare module '*.css?inline' {
  const css: string;
  export default css;
}
