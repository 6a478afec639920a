import './LoadingState.css';

/** Placeholder blocks shaped like the page, so it does not jump when data arrives. */
export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <div class="loading-state" role="status">
      <span class="visually-hidden">{label}</span>
      <div class="loading-row" aria-hidden="true">
        <div class="loading-block card" />
        <div class="loading-block card" />
        <div class="loading-block card" />
      </div>
      <div class="loading-block loading-tall card" aria-hidden="true" />
    </div>
  );
}
