import type { ViewName, ViewParams } from './viewCatalog.ts';

/** Where the dashboard's views are read: on worker threads (viewWorkerPool.ts) or in-process (inProcessViews.ts). */
export interface ViewRunner {
  /** The view's answer as JSON text; an ApiError (or another error) when it fails, as the route would have thrown. */
  run<Name extends ViewName>(name: Name, params: ViewParams<Name>, now: number): Promise<string>;
  /** Stops the workers; views still waiting answer 503. */
  close(): Promise<void>;
}
