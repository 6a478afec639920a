import { minifySync, type Plugin } from 'vite';

/**
 * Property names that only the widget's own code reads and writes: how tp.js
 * hands over to the core, what the core hands the lazy chunks, the state
 * objects' methods and the feedback and "What stopped you?" words. Each comes
 * back in several chunks, one gzip stream each, so spelling it out costs every
 * form's path again (about 150–200 B of each). Never listed: anything sent to
 * the collector or read from it (the site config, the hosted page's data, a
 * survey's word overrides, keyed by the survey words' names), anything kept in
 * storage (an older build's widget must read it), DOM or `el()` attribute
 * names, and names reached through a string (`tracker[name]`).
 */
export const INTERNAL = [
  // tp.js → core (launcher/launch.ts, widget.ts)
  'widgetLang', 'addStyles', 'appear', 'queued', 'preload', 'command',
  // core → chunks (chunkContext.ts, dialogHost.ts, the launches and contexts)
  'newId', 'onClosed', 'closeLabel', 'onDismiss', 'onDecline', 'onComplete', 'onError',
  'loadWords', 'loadDialog', 'loadAbandon', 'journeyCompleted', 'freshPageView', 'retryAfterMs',
  'distancePx', 'withinMs',
  // journeyState.ts, fatigue.ts, askWhatStopped.ts
  'reachedSteps', 'markLeft', 'markDone', 'markShown', 'unmarkShown', 'markOnward', 'markAsked',
  'mayShow', 'mayAsk', 'touchField', 'clearOnward', 'isCompleted', 'canAsk', 'sampled',
  // formStrings and abandonStrings (the survey words are keys of the sites' overrides: not here)
  'sending', 'failed', 'dialogTitle', 'ratingLegend', 'ratingLabels', 'commentLabel', 'commentPlaceholder',
  'chooseRating', 'thanksBody', 'contactConsent', 'contactEmail', 'contactInvalid', 'abandonTitle',
  'otherLabel', 'chooseReason', 'noThanks', 'abandonThanks',
];

/** One fixed short name per property, the same in every chunk and in tp.js whatever order they are built in. */
const NAMES = Object.fromEntries(INTERNAL.map((name, i) => [name, `$${i.toString(36)}`]));

/**
 * Renames the INTERNAL properties in every chunk of a build. Only for builds
 * whose code meets no other copy of these names: the floating widget's (tp.js
 * and its chunks, built twice with the same table), not the hosted page's,
 * which reads `widgetLang` from the collector's JSON.
 */
export function mangleInternalProps(): Plugin {
  const include = new RegExp(`^(${INTERNAL.join('|')})$`);
  return {
    name: 'touchpoint-internal-props',
    renderChunk(code, chunk, options) {
      const result = minifySync(chunk.fileName, code, {
        module: options.format === 'es',
        compress: false,
        mangle: false,
        codegen: { removeWhitespace: true },
        mangleProps: { include, cache: NAMES },
      });
      if (result.errors.length) throw new Error(result.errors.map((e) => e.message).join('\n'));
      return { code: result.code, map: null };
    },
  };
}
