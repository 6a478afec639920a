// Where a recipient stands, read from the rows that say it rather than kept in
// step by hand: the outbox row of the invitation, the site's opt-outs and the
// answers stored through the recipient's links. `r` is campaign_recipients,
// `im` the invitation's mail_outbox row (LEFT JOIN).

/**
 * An answer through one of the recipient's links: stored answers' ids start with
 * the token's answer id (channels/responseToken.ts), one per question. A range
 * on the primary key, not LIKE, so each link is one index seek.
 */
export const RECIPIENT_ANSWERED = `EXISTS (SELECT 1 FROM campaign_links l JOIN survey_answers a
    ON a.id >= l.answer_key AND a.id < l.answer_key || '~' WHERE l.recipient_id = r.id)`;

export const RECIPIENT_UNSUBSCRIBED = 'EXISTS (SELECT 1 FROM mail_opt_outs o WHERE o.site_id = r.site_id AND o.email = r.email)';

export const RECIPIENT_STATE = `CASE
    WHEN r.status = 'suppressed' THEN 'suppressed'
    WHEN ${RECIPIENT_ANSWERED} THEN 'answered'
    WHEN ${RECIPIENT_UNSUBSCRIBED} THEN 'unsubscribed'
    WHEN r.status = 'queued' THEN 'queued'
    WHEN im.status = 'sent' THEN 'sent'
    WHEN im.status = 'written' THEN 'written'
    WHEN im.status = 'failed' THEN 'failed'
    ELSE 'sending' END`;
