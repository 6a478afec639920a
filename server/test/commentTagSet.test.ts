import { describe, expect, it } from 'vitest';
import { SERVQUAL_TAGS } from '../../shared/commentTags.ts';
import type { Role } from '../../shared/roles.ts';
import { savedCommentTagSetSchema, storedCommentTagSetSchema } from '../../shared/schemas/commentTagSet.ts';
import type { ImportedAbandonReasonInput, ImportedResponseInput } from '../../shared/schemas/import.ts';
import { commentsPageSchema } from '../../shared/schemas/themes.ts';
import { addTestApiToken, addTestUser, PASSWORD } from './accounts.ts';
import { AFTER_FIXTURES, testApp } from './testApp.ts';

const WEEK = 'from=2026-11-08T00:00:00Z&to=2026-11-15T00:00:00Z';

const comments: ImportedResponseInput[] = [
  { type: 'page_rating', id: 'resp_tag_1', rating: 2, comment: 'Parcel arrived crushed', path: '/order', createdAt: '2026-11-09T10:00:00Z' },
  { type: 'page_rating', id: 'resp_tag_2', rating: 1, comment: 'Nobody answered my e-mail', path: '/help', createdAt: '2026-11-10T10:00:00Z' },
  { type: 'page_rating', id: 'resp_tag_3', rating: 3, comment: 'Box was dented', path: '/order', createdAt: '2026-11-11T10:00:00Z' },
];

async function shop() {
  const t = testApp({ now: () => AFTER_FIXTURES });
  const res = await t.admin(`/api/sites/${t.site.key}/import`, { method: 'POST', body: JSON.stringify({ responses: comments }) });
  expect(res.status).toBe(201);
  const tagSetPath = `/api/sites/${t.site.key}/comment-tags`;
  const getSet = async () => storedCommentTagSetSchema.parse(await (await t.admin(tagSetPath)).json());
  const putSet = (body: unknown) => t.admin(tagSetPath, { method: 'PUT', body: JSON.stringify(body) });
  const tag = (id: string, key: string, method: 'PUT' | 'DELETE' = 'PUT') =>
    t.admin(`/api/sites/${t.site.key}/comments/${id}/tags/${key}`, { method });
  const tagged = async (key: string) =>
    commentsPageSchema.parse(await (await t.admin(`/api/sites/${t.site.key}/comments?${WEEK}&tag=${key}`)).json()).comments.map((c) => c.id);
  return { ...t, tagSetPath, getSet, putSet, tag, tagged };
}

const servqual = SERVQUAL_TAGS.map(({ key, label, about }) => ({ key, label, about }));

describe('GET /api/sites/:siteKey/comment-tags', () => {
  it('offers the five SERVQUAL dimensions until the team sets its own, with how many comments carry each', async () => {
    const t = await shop();
    expect(await t.getSet()).toEqual({ tags: servqual.map((tag) => ({ ...tag, comments: 0 })), custom: false });
    expect((await t.tag('resp_tag_1', 'tangibles')).status).toBe(200);
    expect((await t.tag('resp_tag_3', 'tangibles')).status).toBe(200);
    expect((await t.getSet()).tags.find((tag) => tag.key === 'tangibles')!.comments).toBe(2);
  });

  it('keeps offering a tag already on comments from before tag sets existed', async () => {
    const t = await shop();
    t.db.prepare("INSERT INTO comment_tags (response_id, tag, site_id, created_at) VALUES ('resp_tag_2', 'shipping', ?, 0)").run(t.site.id);
    const set = await t.getSet();
    expect(set.tags.map((tag) => tag.key)).toEqual([...servqual.map((tag) => tag.key), 'shipping']);
    expect(set.tags.at(-1)).toEqual({ key: 'shipping', label: 'shipping', about: '', comments: 1 });
  });
});

describe('PUT /api/sites/:siteKey/comment-tags', () => {
  it('replaces the set, in the order given, and offers the new tags for tagging and filtering', async () => {
    const t = await shop();
    const tags = [
      { key: 'delivery', label: 'Delivery', about: 'Late, lost or damaged parcels' },
      ...servqual.slice(0, 2),
      { key: 'support', label: 'Support' },
    ];
    const res = await t.putSet({ tags });
    expect(res.status).toBe(200);
    const saved = savedCommentTagSetSchema.parse(await res.json());
    expect(saved.custom).toBe(true);
    expect(saved.tags.map((tag) => [tag.key, tag.label, tag.about])).toEqual([
      ['delivery', 'Delivery', 'Late, lost or damaged parcels'],
      ['reliability', 'Reliability', servqual[0]!.about],
      ['tangibles', 'Tangibles', servqual[1]!.about],
      ['support', 'Support', ''],
    ]);
    expect(await t.getSet()).toEqual({ tags: saved.tags, custom: true });

    expect(await (await t.tag('resp_tag_1', 'delivery')).json()).toEqual({ id: 'resp_tag_1', tags: ['delivery'] });
    expect(await t.tagged('delivery')).toEqual(['resp_tag_1']);
  });

  it('takes a removed tag off every comment and says how many lost it; a renamed label keeps its comments', async () => {
    const t = await shop();
    await t.tag('resp_tag_1', 'tangibles');
    await t.tag('resp_tag_3', 'tangibles');
    await t.tag('resp_tag_2', 'responsiveness');
    await t.tag('resp_tag_2', 'empathy');
    const kept = servqual
      .filter((tag) => tag.key !== 'tangibles' && tag.key !== 'assurance')
      .map((tag) => (tag.key === 'empathy' ? { ...tag, label: 'Care' } : tag));
    const saved = savedCommentTagSetSchema.parse(await (await t.putSet({ tags: kept })).json());
    expect(saved.removed).toEqual([
      { key: 'tangibles', label: 'Tangibles', comments: 2 },
      { key: 'assurance', label: 'Assurance', comments: 0 },
    ]);
    expect(saved.tags.find((tag) => tag.key === 'empathy')).toMatchObject({ label: 'Care', comments: 1 });
    expect(await t.tagged('tangibles')).toEqual([]);
    expect(await t.tagged('empathy')).toEqual(['resp_tag_2']);
    const [second] = commentsPageSchema
      .parse(await (await t.admin(`/api/sites/${t.site.key}/comments?${WEEK}&q=nobody`)).json())
      .comments;
    expect(second!.tags).toEqual(['empathy', 'responsiveness']);
  });

  it.each([
    ['an empty set', { tags: [] }, 'tags'],
    ['a key twice', { tags: [servqual[0], { ...servqual[0], label: 'Again' }] }, 'tags'],
    ['a key with capitals and spaces', { tags: [{ key: 'Late Parcel', label: 'Late parcel' }] }, 'tags.0.key'],
    ['a blank label', { tags: [{ key: 'late', label: '   ' }] }, 'tags.0.label'],
    ['more than 30 tags', { tags: Array.from({ length: 31 }, (_, i) => ({ key: `t${i}`, label: `T${i}` })) }, 'tags'],
    ['no tags field', {}, 'tags'],
  ])('refuses %s with a 400 naming the field, and keeps the set', async (_case, body, path) => {
    const t = await shop();
    const res = await t.putSet(body);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(error.code).toBe('invalid_payload');
    expect(error.issues.map((issue) => issue.path)).toContain(path);
    expect((await t.getSet()).custom).toBe(false);
  });
});

describe('tagging a comment', () => {
  it('refuses a tag that is not in the site set with a 400 in the error shape, but lets one be taken off', async () => {
    const t = await shop();
    const res = await t.tag('resp_tag_1', 'delivery');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid_payload');
    expect(body.error.message).toMatch(/delivery/);
    expect(await (await t.tag('resp_tag_1', 'delivery', 'DELETE')).json()).toEqual({ id: 'resp_tag_1', tags: [] });

    await t.putSet({ tags: [{ key: 'delivery', label: 'Delivery' }] });
    expect((await t.tag('resp_tag_1', 'delivery')).status).toBe(200);
    // SERVQUAL is only the default: once replaced, its tags are refused too.
    expect((await t.tag('resp_tag_1', 'empathy')).status).toBe(400);
  });
});

describe('who may change the tag set', () => {
  it('lets viewers read it and members and admins replace it', async () => {
    const t = await shop();
    const asRole = async (role: Role) => {
      const user = await addTestUser(t.db, `${role}@shop.example`, role, PASSWORD, [t.site.id]);
      return addTestApiToken(t.db, user.id);
    };
    const call = (token: string, method: 'GET' | 'PUT') =>
      t.app.request(t.tagSetPath, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: method === 'PUT' ? JSON.stringify({ tags: servqual.slice(0, 3) }) : undefined,
      });
    const viewer = await asRole('viewer');
    expect((await call(viewer, 'GET')).status).toBe(200);
    const refused = await call(viewer, 'PUT');
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    expect((await call(await asRole('member'), 'PUT')).status).toBe(200);
    expect((await call(await asRole('admin'), 'PUT')).status).toBe(200);
  });
});

describe('abandonment answers in the comment list', () => {
  it("carry their reason's label, from the journey's own reasons or the defaults", async () => {
    const t = testApp({ now: () => AFTER_FIXTURES });
    const journey = {
      key: 'checkout',
      name: 'Checkout',
      steps: [{ key: 'cart', name: 'Cart', match: [{ type: 'exact', value: '/cart' }] }],
      reasons: [{ code: 'too_dear', label: 'Too expensive', category: 'pricing' }],
    };
    expect((await t.admin(`/api/sites/${t.site.key}/journeys/checkout`, { method: 'PUT', body: JSON.stringify(journey) })).status).toBe(201);
    const answer = (id: string, journeyKey: string, reason: string, day: string): ImportedAbandonReasonInput => ({
      type: 'abandon_reason',
      id,
      journey: journeyKey,
      step: 'cart',
      reason,
      comment: 'Gave up here',
      trigger: 'exit_intent',
      path: '/cart',
      createdAt: `2026-11-${day}T10:00:00Z`,
    });
    const responses = [
      answer('resp_why_1', 'checkout', 'too_dear', '08'),
      answer('resp_why_2', 'express', 'payment_failed', '10'),
      comments[0]!,
    ];
    expect((await t.admin(`/api/sites/${t.site.key}/import`, { method: 'POST', body: JSON.stringify({ responses }) })).status).toBe(201);
    const labels = async () =>
      commentsPageSchema
        .parse(await (await t.admin(`/api/sites/${t.site.key}/comments?${WEEK}`)).json())
        .comments.map((c) => [c.id, c.reason, c.reasonLabel]);
    expect(await labels()).toEqual([
      // A journey declared only by markup offers the default reasons.
      ['resp_why_2', 'payment_failed', 'Payment failed or timed out'],
      ['resp_tag_1', null, null],
      ['resp_why_1', 'too_dear', 'Too expensive'],
    ]);
    // The label is the journey's current wording; a code it no longer offers shows as it is.
    const reworded = { ...journey, reasons: [{ code: 'too_dear', label: 'Prices too high', category: 'pricing' }] };
    await t.admin(`/api/sites/${t.site.key}/journeys/checkout`, { method: 'PUT', body: JSON.stringify(reworded) });
    expect((await labels()).at(-1)).toEqual(['resp_why_1', 'too_dear', 'Prices too high']);
    const dropped = { ...journey, reasons: [{ code: 'too_slow', label: 'Too slow', category: 'technical' }] };
    await t.admin(`/api/sites/${t.site.key}/journeys/checkout`, { method: 'PUT', body: JSON.stringify(dropped) });
    expect((await labels()).at(-1)).toEqual(['resp_why_1', 'too_dear', 'too_dear']);
  });
});
