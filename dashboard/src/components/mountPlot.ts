import uPlot from 'uplot';

/** A chart's width follows its container; the height steps down on narrow screens. */
export function chartSize(element: HTMLElement, heights: { narrow: number; wide: number }) {
  const width = Math.max(240, element.clientWidth);
  return { width, height: width < 560 ? heights.narrow : heights.wide };
}

/**
 * Draws a uPlot chart into `element` and keeps it right: resized with its
 * container, and redrawn when the colour scheme flips, because canvas cannot
 * read CSS variables and `options()` looks the colours up at draw time.
 * Returns the clean-up for a `useEffect`.
 */
export function mountPlot(
  element: HTMLElement,
  options: () => uPlot.Options,
  data: uPlot.AlignedData,
  heights: { narrow: number; wide: number },
): () => void {
  let plot: uPlot | undefined;
  const draw = () => {
    plot?.destroy();
    plot = new uPlot(options(), data, element);
  };
  draw();
  const resize = new ResizeObserver(() => plot?.setSize(chartSize(element, heights)));
  resize.observe(element);
  const scheme = window.matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener('change', draw);
  return () => {
    resize.disconnect();
    scheme.removeEventListener('change', draw);
    plot?.destroy();
  };
}
