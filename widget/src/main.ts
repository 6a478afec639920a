import { findOwnScript, readScriptConfig } from './config/readScriptConfig.ts';
import { startWidget, type Widget } from './widget.ts';

type Command = (...args: unknown[]) => void;
type QueueStub = Command & { q?: ArrayLike<unknown[]> };

// tp.js: read the script tag, replay what the page queued before we loaded,
// then answer `touchpoint(...)` calls directly. Nothing here may throw into the
// host page or hold up its rendering.
(() => {
  try {
    const script = findOwnScript();
    const config = script && readScriptConfig(script);
    if (!config || (window as any).__touchpointStarted) return;
    (window as any).__touchpointStarted = true;

    let widget: Widget | undefined;
    const pending: unknown[][] = [];
    const run = (args: ArrayLike<unknown>) => {
      const [name, ...rest] = Array.from(args);
      if (!widget) return void pending.push(Array.from(args));
      if (name === 'open') void widget.open();
      else if (name === 'close') widget.close();
      else if (name === 'remove') widget.remove();
      else if (name === 'step' || name === 'complete') widget.journey(name, rest[0]);
      // track and identify; anything else is ignored there: a typo in a page must not break it.
      else widget.survey(name, rest);
    };

    const stub = (window as any).touchpoint as QueueStub | undefined;
    const queued = Array.from(stub?.q ?? []);
    (window as any).touchpoint = function touchpoint(...args: unknown[]) {
      try {
        run(args);
      } catch (error) {
        console.warn('[touchpoint]', error);
      }
    };

    const start = () => {
      try {
        widget = startWidget(config);
        for (const args of [...queued, ...pending.splice(0)]) run(args);
      } catch (error) {
        console.warn('[touchpoint] could not start', error);
      }
    };
    if (document.body) start();
    else addEventListener('DOMContentLoaded', start, { once: true });
  } catch (error) {
    console.warn('[touchpoint] could not start', error);
  }
})();
