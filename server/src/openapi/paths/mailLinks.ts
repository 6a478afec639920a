import type { ApiOperation } from '../apiOperation.ts';

const NOT_VALID = { 404: 'The link is not valid (altered, or its key is gone).' };

/** routes/mailLinks.ts: the signed links in mail to shoppers. */
export const mailLinkOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/v1/mail/opt-out/:token',
    tag: 'Mail links',
    summary: 'The unsubscribe link: a page that asks to confirm (mail scanners open links; they must not opt anyone out)',
    answer: { status: 200, description: 'A page with one button, no script.', contentType: 'text/html' },
    errors: NOT_VALID,
  },
  {
    method: 'post',
    path: '/v1/mail/opt-out/:token',
    tag: 'Mail links',
    summary: 'Opt out at once: the page’s button, and the RFC 8058 one-click request mail clients send (`List-Unsubscribe=One-Click`; the body is not read)',
    answer: { status: 200, description: 'A page saying no more mail will come.', contentType: 'text/html' },
    errors: NOT_VALID,
  },
  {
    method: 'get',
    path: '/v1/mail/back/:token',
    tag: 'Mail links',
    summary: 'The “back to the shop” link of a reply: records on the case that the shopper came back, then redirects',
    answer: { status: 302, description: 'To the shop page the link was made for (`Location`).' },
    errors: NOT_VALID,
  },
];
