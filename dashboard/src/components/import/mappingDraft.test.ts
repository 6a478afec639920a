import { describe, expect, it } from 'vitest';
import { importMappingSchema } from '../../../../shared/schemas/importMapping.ts';
import { draftOf, emptyDraft, mappingOf } from './mappingDraft.ts';

const SAVED = importMappingSchema.parse({
  columns: { date: 'Call date', score: 'Score', channel: 'Queue', page: 'Topic', comment: 'Notes' },
  attributes: { region: 'Region' },
  dateFormat: 'dmy',
  timeZone: 'Europe/Berlin',
  score: { min: 1, max: 10, to: 'nps', survey: 'after-order', question: 'nps' },
  channels: { 'Call centre': 'phone' },
  pages: { 'Payment = card': '/checkout/payment' },
});

describe('the mapping form’s draft', () => {
  it('gives back a saved mapping unchanged, and one the server accepts', () => {
    const result = mappingOf(draftOf(SAVED));
    expect(result).toEqual({ ok: true, mapping: SAVED });
    expect(importMappingSchema.safeParse(result.ok && result.mapping).success).toBe(true);
  });

  it('says what is missing, in words: the required columns, the scale, the survey of an NPS score, a word line without "="', () => {
    expect(mappingOf(emptyDraft())).toEqual({ ok: false, problem: 'Choose the columns that hold the date and the score.' });
    const columns = { ...emptyDraft().columns, date: 'Call date', score: 'Score' };
    expect(mappingOf({ ...emptyDraft(), columns, scoreMin: '10', scoreMax: '1' })).toMatchObject({ ok: false, problem: expect.stringContaining('lowest first') });
    expect(mappingOf({ ...emptyDraft(), columns, to: 'nps' })).toMatchObject({ ok: false, problem: expect.stringContaining('survey’s key') });
    expect(mappingOf({ ...emptyDraft(), columns, channelWords: 'Call centre = phone\nStore' })).toEqual({
      ok: false,
      problem: 'Channel words: line 2 should read "word = value".',
    });
  });

  it('leaves out the columns marked "not in this file" and attributes without a name', () => {
    const draft = { ...emptyDraft(), columns: { ...emptyDraft().columns, date: 'D', score: 'S' }, attributes: [{ name: ' ', column: 'X' }] };
    expect(mappingOf(draft)).toMatchObject({ ok: true, mapping: { columns: { date: 'D', score: 'S' }, attributes: {} } });
  });
});
