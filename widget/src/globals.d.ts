/** File name of the core chunk under dist/w/, which tp.js loads; set by widget/build.ts. */
declare const __TP_CORE_CHUNK__: string;

declare module '*.css?inline' {
  const css: string;
  export default css;
}

/** The hash in the names of each feature's words chunks, `w/formStrings-zh-CN-<hash>.js`; set by widget/build.ts. */
declare const __TP_WORDS__: { formStrings: string; abandonStrings: string; surveyStrings: string };
