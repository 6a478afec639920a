import type { ApiOperation } from '../apiOperation.ts';

/** routes/openapi.ts */
export const openApiOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/openapi.json',
    tag: 'Reference',
    summary: 'This document',
    description: 'Generated from the same zod schemas the routes validate with.',
    answer: { status: 200, description: 'OpenAPI 3.1.' },
  },
];
