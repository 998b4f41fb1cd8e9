/**
 * `npm run content:check`: checks every content file in seconds, without building the site.
 * Honours CONTENT_DIR. Lists every problem (file:line  field: what is wrong; what was expected),
 * then exits 1; exits 0 when all is well.
 *
 *   npm run content:check               check
 *   npm run content:check -- --fix      first convert Windows line endings to LF and drop BOMs
 *   npm run content:check -- --json     machine-readable list of problems
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

// Piping into `head` closes the pipe early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? process.exit(0) : undefined));
import { checkContent, listFiles } from '../lib/content/check';
import { formatError } from '../lib/content/errors';
import { contentDir as contentDirOf } from '../lib/content/paths';

function usage(message?: string): never {
  if (message) console.error(`content:check: ${message}\n`);
  console.error('usage: npm run content:check [-- --fix] [-- --json]   (CONTENT_DIR selects the folder, default: content)');
  process.exit(2);
}

const parseOptions = () =>
  parseArgs({ options: { fix: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }).values;
let args: ReturnType<typeof parseOptions>;
try {
  args = parseOptions();
} catch (e) {
  usage((e as Error).message);
}
if (args.help) usage();

const contentDir = contentDirOf();
const started = performance.now();

if (args.fix) {
  let fixed = 0;
  for (const file of listFiles(contentDir).filter((f) => /\.mdx?$/.test(f))) {
    const abs = path.join(contentDir, file);
    const before = readFileSync(abs, 'utf8');
    const after = before.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    if (after !== before) {
      writeFileSync(abs, after);
      fixed++;
      console.log(`fixed ${path.join(contentDir, file)} (line endings / byte-order mark)`);
    }
  }
  if (!fixed) console.log('nothing to fix');
}

const { errors: all, files } = await checkContent(contentDir, { compileMdx: true });
const errors = all.filter((e) => e.severity !== 'warning');
const warnings = all.filter((e) => e.severity === 'warning');
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
if (args.json) {
  console.log(JSON.stringify({ contentDir, files: files.length, errors, warnings }, null, 2));
} else {
  // Warnings publish: they are written with the report, not as errors.
  for (const e of warnings) console.log(formatError(e, contentDir));
  if (errors.length) {
    for (const e of errors) console.error(formatError(e, contentDir));
    const inFiles = new Set(errors.map((e) => e.file)).size;
    console.error(
      `\n✗ ${plural(errors.length, 'problem')} in ${plural(inFiles, 'file')} (${files.length} files checked in ${seconds} s${warnings.length ? `, and ${plural(warnings.length, 'warning')}` : ''}). See docs/editing.md for what each message means.`,
    );
  } else {
    console.log(
      `✓ ${files.length} content files checked in ${seconds} s: no problems${warnings.length ? ` (${plural(warnings.length, 'warning')} above: they publish, but deserve a look)` : ''}.`,
    );
  }
}
process.exit(errors.length ? 1 : 0);
