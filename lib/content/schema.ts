/**
 * The frontmatter contract, as data: Contentlayer's document types are built from it
 * (contentlayer.config.ts) and the content check validates raw files against it, so the two cannot
 * drift apart.
 */
import { locales } from '../i18n/locales';
import { categories } from '../site';

export type FieldType = 'string' | 'date' | 'enum' | 'boolean' | 'list';

export type FieldSpec = {
  type: FieldType;
  required: boolean;
  /** What an editor should write, for error messages. */
  expected: string;
  options?: readonly string[];
};

export const storyFields = {
  title: { type: 'string', required: true, expected: 'a headline in quotes, e.g. title: "CIVIS opens a new Open Lab"' },
  date: { type: 'date', required: true, expected: 'an ISO 8601 date or date-time, e.g. 2025-10-07 or 2025-10-07T16:40:28' },
  category: { type: 'enum', required: true, options: categories, expected: `one of ${categories.join(', ')}` },
  summary: { type: 'string', required: true, expected: 'one or two sentences in quotes' },
  image: { type: 'string', required: false, expected: 'a path under public/, e.g. /images/news/my-story.jpg' },
  imageAlt: { type: 'string', required: false, expected: 'a description of the image, in quotes' },
  imageCredit: { type: 'string', required: false, expected: 'who made the image, e.g. CIVIS Newsroom' },
  tags: { type: 'list', required: false, expected: 'a list of keywords, e.g. tags: [mobility, students]' },
  updated: { type: 'date', required: false, expected: 'an ISO 8601 date, e.g. 2025-11-02' },
  featured: { type: 'boolean', required: false, expected: 'true or false' },
  draft: { type: 'boolean', required: false, expected: 'true or false' },
  translatedFrom: {
    type: 'enum',
    required: false,
    options: locales,
    expected: `the language of the version this one was translated from: one of ${locales.join(', ')}`,
  },
  sourceUpdated: {
    type: 'date',
    required: false,
    expected: 'the date of the original as it was translated (its updated, or its date if never updated), e.g. 2026-03-03',
  },
} as const satisfies Record<string, FieldSpec>;

export const pageFields = {
  title: storyFields.title,
  summary: storyFields.summary,
  updated: storyFields.updated,
  draft: storyFields.draft,
  translatedFrom: storyFields.translatedFrom,
  sourceUpdated: storyFields.sourceUpdated,
} as const satisfies Record<string, FieldSpec>;

export type StoryField = keyof typeof storyFields;

/** ISO 8601 calendar date, optionally with a time and an offset (what the contract accepts). */
export const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** True when `value` is a real ISO 8601 date (2025-02-30 is not). */
export function isValidIsoDate(value: string): boolean {
  const m = isoDatePattern.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || (m[6] !== undefined && Number(m[6]) > 59))) return false;
  return true;
}
