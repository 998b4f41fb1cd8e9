/**
 * The search index on disk: one file, written by the content step and opened once per server
 * process. Layout: the 4 bytes `NWS2`, the header's length (uint32, little-endian), the header (JSON:
 * the index's dictionaries and where each version's plain text sits), padding to a multiple of 4,
 * the packed postings (uint32), then the plain texts (UTF-8, for result snippets).
 *
 * Opening reads the header and the postings only: texts are read from the file for the few results
 * a page shows, so the server does not hold every story's text in memory. The file is replaced
 * atomically (rename), and an open index keeps reading the file it opened.
 */
import { closeSync, mkdirSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { buildIndex, SearchIndex, type IndexMeta, type SearchDoc } from './engine';

const magic = 'NWS2';
type Header = { meta: IndexMeta; postings: number; texts: number[] };

/** Builds the index of `docs` and writes it, with their texts, to `file` (atomically). */
export function writeSearchIndex(file: string, docs: readonly SearchDoc[]): { versions: number; bytes: number } {
  const { meta, postings } = buildIndex(docs);
  const byKey = new Map(docs.map((d) => [d.key, d.body]));
  const texts = meta.keys.map((k) => Buffer.from(byKey.get(k) ?? '', 'utf8'));
  const offsets = [0];
  for (const t of texts) offsets.push(offsets.at(-1)! + t.length);
  // Text offsets count from the end of the postings (the reader knows where that is).
  const headerBytes = Buffer.from(JSON.stringify({ meta, postings: postings.length, texts: offsets } satisfies Header), 'utf8');
  const prefix = Buffer.alloc(align(8 + headerBytes.length));
  prefix.write(magic, 0, 'latin1');
  prefix.writeUInt32LE(headerBytes.length, 4);
  headerBytes.copy(prefix, 8);
  const out = Buffer.concat([prefix, Buffer.from(postings.buffer, postings.byteOffset, postings.byteLength), ...texts]);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic.sync(file, out);
  return { versions: meta.keys.length, bytes: out.length };
}

const align = (n: number) => Math.ceil(n / 4) * 4;

export type OpenedIndex = {
  index: SearchIndex;
  /** The plain text of version number `id` (read from the file). */
  text(id: number): string;
  close(): void;
};

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buf, done, length - done, position + done);
    if (n === 0) throw new Error(`search index: file ends early (wanted ${length} bytes at ${position})`);
    done += n;
  }
  return buf;
}

/** Opens the index file written by `writeSearchIndex`. */
export function openSearchIndex(file: string): OpenedIndex {
  const fd = openSync(file, 'r');
  try {
    const head = readAt(fd, 0, 8);
    if (head.toString('latin1', 0, 4) !== magic) throw new Error(`${file}: not a search index (rebuild the content)`);
    const headerLength = head.readUInt32LE(4);
    const header = JSON.parse(readAt(fd, 8, headerLength).toString('utf8')) as Header;
    const postingsAt = align(8 + headerLength);
    const bytes = readAt(fd, postingsAt, header.postings * 4);
    const postings = new Uint32Array(header.postings);
    new Uint8Array(postings.buffer).set(bytes);
    const index = new SearchIndex(header.meta, postings);
    const start = postingsAt + header.postings * 4;
    const offsets = header.texts;
    let closed = false;
    return {
      index,
      text: (id) =>
        closed || offsets[id] === undefined ? '' : readAt(fd, start + offsets[id]!, offsets[id + 1]! - offsets[id]!).toString('utf8'),
      close: () => {
        if (!closed) closeSync(fd);
        closed = true;
      },
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
