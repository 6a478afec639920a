import type { openForm } from './form/index.tsx';

type FormModule = { openForm: typeof openForm };
let loading: Promise<FormModule> | undefined;

/** Loads the form chunk once, from beside tp.js; the launcher stays tiny without it. */
export function loadForm(scriptBase: string): Promise<FormModule> {
  loading ??= import(/* @vite-ignore */ new URL(__TP_FORM_CHUNK__, scriptBase).href).catch((error) => {
    loading = undefined; // let a later click try again
    throw error;
  });
  return loading;
}
