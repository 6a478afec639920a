/** Where a lazily loaded dialog draws, handed to it by the launcher. */
export interface DialogHost {
  root: ShadowRoot;
  addStyles(css: string): void;
  /** Called after the dialog closed, e.g. to put focus back where it was. */
  onClosed(): void;
}

export interface DialogController {
  close(): void;
}
