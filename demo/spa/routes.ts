import { touchpoint } from '../../widget/api/index.ts';

/** One screen of the app: its title and what it puts in <main>. */
export interface Screen {
  title: string;
  render(main: HTMLElement, go: (path: string) => void): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, props: Partial<HTMLElementTagNameMap[K]> = {}) {
  const node = Object.assign(document.createElement(tag), props);
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(text: string, href: string) {
  const a = el('a', text, { href, className: 'button' });
  a.dataset.route = '';
  return a;
}

const home: Screen = {
  title: 'Northwind Outfitters (SPA)',
  render(main) {
    main.append(el('h1', 'Gear for the long way round'), el('p', 'A single-page version of the shop: every screen below is drawn without a page load.'), link('Shop the Trail Jacket', '/spa/product/trail-jacket'));
  },
};

const product: Screen = {
  title: 'Trail Jacket — Northwind Outfitters (SPA)',
  render(main) {
    const add = el('button', 'Add to cart', { type: 'button', className: 'button' });
    const note = el('p');
    add.addEventListener('click', () => {
      // An event a survey can be set off by.
      touchpoint('track', 'added_to_cart', { sku: 'trail-jacket', value: 289 });
      note.textContent = 'Added to your cart.';
    });
    main.append(el('h1', 'Trail Jacket'), el('p', 'Three-layer waterproof shell, $289.'), add, note, link('Go to cart', '/spa/cart'));
  },
};

const cart: Screen = {
  title: 'Cart — Northwind Outfitters (SPA)',
  render(main) {
    main.append(el('h1', 'Your cart'), el('p', '1 × Trail Jacket, $289'), link('Checkout', '/spa/checkout'));
  },
};

const checkout: Screen = {
  title: 'Checkout — Northwind Outfitters (SPA)',
  render(main, go) {
    // The app knows where the shopper is in the journey; no URL rule needed.
    touchpoint('step', { journey: 'checkout', step: 'payment' });
    const pay = el('button', 'Place order', { type: 'button', className: 'button' });
    pay.addEventListener('click', () => go('/spa/thanks'));
    main.append(el('h1', 'Payment'), el('p', 'Card ending 4242'), pay);
  },
};

const thanks: Screen = {
  title: 'Thank you — Northwind Outfitters (SPA)',
  render(main) {
    touchpoint('complete', { journey: 'checkout' });
    main.append(el('h1', 'Thank you for your order'), link('Back to the shop', '/spa'));
  },
};

const notFound: Screen = {
  title: 'Not found — Northwind Outfitters (SPA)',
  render(main) {
    main.append(el('h1', 'Nothing here'), link('Back to the shop', '/spa'));
  },
};

const SCREENS: Record<string, Screen> = {
  '/spa': home,
  '/spa/product/trail-jacket': product,
  '/spa/cart': cart,
  '/spa/checkout': checkout,
  '/spa/thanks': thanks,
};

export function screenFor(path: string): Screen {
  return SCREENS[path.replace(/\/+$/, '') || '/spa'] ?? notFound;
}
