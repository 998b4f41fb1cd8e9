/**
 * The addresses content gives the site, for the proxy: a small table written by the content step
 * (`.contentlayer/newsroom/routes.json`), so the proxy can answer 404 for a story or page that does
 * not exist without loading the whole newsroom index.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Category } from '../site';
import { pagesFor, type RouteFacts } from '../routing/known';
import { routesFile } from './paths';

/** `[slug, category, published]` per story, `[slug, published]` per page. */
export type RouteTable = { news: [string, Category, boolean][]; pages: [string, boolean][] };

const includeDrafts = process.env.NODE_ENV !== 'production';
let cached: { mtimeMs: number; facts: RouteFacts } | undefined;

export function routeFacts(): RouteFacts {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), routesFile);
  if (cached && !includeDrafts) return cached.facts;
  const mtimeMs = statSync(file).mtimeMs;
  if (cached && cached.mtimeMs === mtimeMs) return cached.facts;
  const table = JSON.parse(readFileSync(file, 'utf8')) as RouteTable;
  const articles = new Set<string>();
  const counts = new Map<Category | undefined, number>([[undefined, 0]]);
  for (const [slug, category, published] of table.news) {
    if (!published && !includeDrafts) continue;
    articles.add(slug);
    counts.set(undefined, counts.get(undefined)! + 1);
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  const pages = new Set(table.pages.filter(([, published]) => published || includeDrafts).map(([slug]) => slug));
  const facts: RouteFacts = {
    articleExists: (slug) => articles.has(slug),
    pageExists: (slug) => pages.has(slug),
    newsroomPages: (category) => pagesFor(counts.get(category) ?? 0),
  };
  cached = { mtimeMs, facts };
  return facts;
}
