// Values the registry's examples share, so they describe one shop.

export const SITE_KEY = 'site_x7Kq2mNp4rT8';
export const RANGE = { from: '2026-05-01T00:00:00Z', to: '2026-06-01T00:00:00Z' };
export const RANGE_ON_MOBILE = { ...RANGE, device: 'mobile' };
