import { commentTagSetSchema, savedCommentTagSetSchema, storedCommentTagSetSchema } from '../../../../shared/schemas/commentTagSet.ts';
import { commentsPageSchema, commentsQuerySchema, commentTagsSchema, themesQuerySchema, themesSchema } from '../../../../shared/schemas/themes.ts';
import type { ApiOperation } from '../apiOperation.ts';
import { RANGE } from './examples.ts';

const tagging = (method: 'put' | 'delete'): ApiOperation => ({
  method,
  path: '/api/sites/:siteKey/comments/:id/tags/:tag',
  tag: 'Comments',
  summary: method === 'put' ? 'Put a tag of the site’s set on a comment' : 'Take a tag off a comment',
  answer: { status: 200, description: 'The comment’s tags now.', schema: commentTagsSchema, example: { id: 'resp_8fK2qLm3Xz', tags: ['reliability'] } },
  errors: method === 'put' ? { 400: 'The tag is not in the site’s tag set.' } : undefined,
});

/** routes/themes.ts, routes/commentTags.ts, routes/commentTagSets.ts */
export const commentOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/sites/:siteKey/themes',
    tag: 'Comments',
    summary: 'The words and phrases comments mention, new, rising, falling or steady against the previous period',
    query: { schema: themesQuerySchema, example: { ...RANGE, limit: '20' } },
    answer: { status: 200, description: 'The themes.', schema: themesSchema },
  },
  {
    method: 'get',
    path: '/api/sites/:siteKey/comments',
    tag: 'Comments',
    summary: 'Comments, newest first: by theme, text, tag and the view filters, a page at a time',
    query: { schema: commentsQuerySchema, example: { ...RANGE, q: 'card', limit: '50' } },
    answer: { status: 200, description: 'One page of comments.', schema: commentsPageSchema },
  },
  tagging('put'),
  tagging('delete'),
  {
    method: 'get',
    path: '/api/sites/:siteKey/comment-tags',
    tag: 'Comments',
    summary: 'The site’s tag set (the SERVQUAL dimensions until the team saves its own)',
    answer: { status: 200, description: 'The tag set.', schema: storedCommentTagSetSchema },
  },
  {
    method: 'put',
    path: '/api/sites/:siteKey/comment-tags',
    tag: 'Comments',
    summary: 'Replace the tag set; a tag left out comes off every comment',
    body: { schema: commentTagSetSchema, example: { tags: [{ key: 'reliability', label: 'Reliability', about: 'Doing what was promised' }, { key: 'delivery', label: 'Delivery' }] } },
    answer: { status: 200, description: 'The set, and how many comments lost a tag.', schema: savedCommentTagSetSchema },
  },
];
