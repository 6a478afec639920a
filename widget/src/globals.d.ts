/** File name of the lazily loaded form chunk, set by widget/build.ts. */
declare const __TP_FORM_CHUNK__: string;

declare module '*.css?inline' {
  const css: string;
  export default css;
}
