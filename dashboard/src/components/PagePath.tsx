import { Fragment } from 'preact';

/**
 * A page path as plain text, with line-break opportunities after each slash so
 * long paths wrap between segments rather than mid-word on narrow screens.
 */
export function PagePath({ path, class: className }: { path: string; class?: string }) {
  const segments = path.split('/');
  return (
    <span class={className}>
      {segments.map((segment, i) => (
        <Fragment key={i}>
          {i > 0 && '/'}
          {segment}
          {i > 0 && i < segments.length - 1 && <wbr />}
        </Fragment>
      ))}
    </span>
  );
}
