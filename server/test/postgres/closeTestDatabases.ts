import { afterAll } from 'vitest';
import { closeTestPostgresDbs } from './testPostgresDb.ts';

// The postgres project's setup file: each test file closes the databases its apps opened.
afterAll(closeTestPostgresDbs);
