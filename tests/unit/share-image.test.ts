import { describe, expect, it, vi } from 'vitest';
import { createElement } from 'react';
import sharp from 'sharp';
import { ImageResponse } from 'next/og';
import { renderShareImage } from '@/components/seo/ShareImage';
import { drawableText, loadShareImageFonts, missingGlyph } from '@/lib/seo/share-image-fonts';

/**
 * Runs `fn` with the network replaced: next/og fetches a web font (Google Fonts) or an emoji image
 * (jsDelivr) for any glyph the given fonts lack, so every URL it asks for is a missing glyph (and a
 * third-party request).
 */
async function fontRequestsDuring<T>(fn: () => Promise<T>): Promise<{ result: T; requested: string[] }> {
  const requested: string[] = [];
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', async (url: string | URL, init?: RequestInit) => {
    // next/og loads its own WebAssembly from data: URLs; anything else would leave the machine.
    if (String(url).startsWith('data:')) return realFetch(url, init);
    requested.push(String(url));
    throw new Error('no network in this test');
  });
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    return { result: await fn(), requested };
  } finally {
    vi.unstubAllGlobals();
    quiet.mockRestore();
  }
}

function pngSize(buffer: Buffer) {
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** A share image of `title` (English chrome), drawn with the network cut off; fails the test if anything was requested. */
async function offlineShareImage(title: string): Promise<Buffer> {
  const { result, requested } = await fontRequestsDuring(async () => {
    const response = await renderShareImage({
      title,
      eyebrow: 'Events',
      date: '28 June 2024',
      lang: 'en',
      footer: 'CIVIS Newsroom',
      uiLang: 'en',
    });
    return Buffer.from(await response.arrayBuffer());
  });
  expect(requested).toEqual([]);
  expect(result.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(pngSize(result)).toEqual({ width: 1200, height: 630 });
  return result;
}

/** `list.at(i)`, failing the test when there is no such item. */
function nth<T>(list: readonly T[], i: number): T {
  const item = list.at(i);
  if (item === undefined) throw new Error(`no item ${i} among ${list.length}`);
  return item;
}

/**
 * The image's ink (any pixel clearly darker than the white card) inside the card's padding (x 96 to
 * 1128, right of the accent border), as runs: `rows` are the runs of rows holding ink (text lines,
 * the header, the footer), and `glyphs(top, bottom)` the runs of columns with ink between two rows.
 */
async function ink(png: Buffer) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const [left, right] = [96, 1128];
  const dark = (x: number, y: number) => {
    const i = (y * info.width + x) * info.channels;
    return Math.min(data[i] ?? 255, data[i + 1] ?? 255, data[i + 2] ?? 255) < 160;
  };
  const runs = (from: number, to: number, has: (i: number) => boolean) => {
    const found: { start: number; end: number }[] = [];
    for (let i = from; i < to; i++) {
      if (!has(i)) continue;
      const last = found.at(-1);
      if (last && last.end === i - 1) last.end = i;
      else found.push({ start: i, end: i });
    }
    return found;
  };
  const rowHasInk = (y: number) => {
    for (let x = left; x < right; x++) if (dark(x, y)) return true;
    return false;
  };
  const rows = runs(0, info.height, rowHasInk);
  const glyphs = (top: number, bottom: number) =>
    runs(left, right, (x) => {
      for (let y = top; y <= bottom; y++) if (dark(x, y)) return true;
      return false;
    }).map((c) => {
      // The glyph's own top and bottom within the band.
      const within = runs(top, bottom + 1, (y) => {
        for (let x = c.start; x <= c.end; x++) if (dark(x, y)) return true;
        return false;
      });
      return { left: c.start, right: c.end, top: nth(within, 0).start, bottom: nth(within, -1).end };
    });
  return { rows, glyphs };
}

describe('share images', () => {
  it.each([
    ['el', 'Η Σύνοδος των Πρυτάνεων στην Αθήνα: «Πανεπιστήμιο και Πόλη»'],
    ['ro', 'Științe și învățământ: studenții din București își țin promisiunea'],
    ['sv', 'Sommarskola på Stockholms universitet: klimat, hav och ö-liv'],
    ['de', 'Größere Übersicht für Forschende an der Universität Tübingen'],
  ])('draw every %s letter from the bundled font (no glyph is missing)', async (lang, title) => {
    const { result, requested } = await fontRequestsDuring(async () => {
      const response = await renderShareImage({
        title,
        eyebrow: 'Γενικά',
        date: '28 Ιουνίου 2024',
        lang,
        footer: 'Τα νέα της CIVIS',
        uiLang: lang,
      });
      return Buffer.from(await response.arrayBuffer());
    });
    expect(result.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(pngSize(result)).toEqual({ width: 1200, height: 630 });
    expect(requested).toEqual([]);
  });

  it('next/og on its own fetches emoji and other missing glyphs, and the harness sees it (control)', async () => {
    // The same fonts as the share images minus the emoji one, straight into next/og: what renderShareImage prevents.
    const { fonts } = await loadShareImageFonts();
    const { result: failed, requested } = await fontRequestsDuring(async () => {
      const response = new ImageResponse(
        createElement('div', { style: { display: 'flex', fontFamily: "'Noto Sans latin'" } }, 'Control 🛰️ Թ'),
        {
          width: 1200,
          height: 630,
          fonts: fonts.filter((f) => f.name === 'Noto Sans latin'),
        },
      );
      return response.arrayBuffer().then(
        () => false,
        () => true,
      );
    });
    expect(requested.some((u) => u.startsWith('https://cdn.jsdelivr.net/'))).toBe(true);
    expect(failed).toBe(true); // today's 500: the failed emoji fetch is an error, not a missing glyph
  });

  it('draws a title with emoji from the bundled emoji font, without the network', async () => {
    const plain = 'Erasmus Days';
    const title = `${plain} 🎉🇪🇺 👩‍🔬`;
    // Every emoji is drawn by a bundled font: none becomes the missing-glyph mark (nor, in next/og, a fetch).
    const { faces } = await loadShareImageFonts();
    expect(drawableText(title, faces)).toBe(title);

    // One after the other: each render stubs and restores the global fetch.
    const a = await ink(await offlineShareImage(title));
    const b = await ink(await offlineShareImage(plain));
    // Same card: header, one title line, footer.
    expect(a.rows).toHaveLength(3);
    expect(b.rows).toHaveLength(3);
    const [line, plainLine] = [nth(a.rows, 1), nth(b.rows, 1)];
    const plainEnd = nth(b.glyphs(plainLine.start, plainLine.end), -1).right;
    const extra = a.glyphs(line.start, line.end).filter((g) => g.left > plainEnd + 8);
    // 🎉, the flag's two letters (no ligatures in next/og's font engine), 👩, 🔬: five glyphs after "Days"…
    expect(extra.length).toBeGreaterThanOrEqual(5);
    // …each a real drawing, not one repeated box: no two alike in size.
    const shapes = extra.map((g) => `${g.right - g.left}x${g.bottom - g.top}`);
    expect(new Set(shapes).size).toBe(shapes.length);
    // And the missing-glyph mark, drawn where no font has a grapheme, looks like none of them.
    const m = await ink(await offlineShareImage(missingGlyph));
    const mark = nth(m.glyphs(nth(m.rows, 1).start, nth(m.rows, 1).end), 0);
    expect(shapes).not.toContain(`${mark.right - mark.left}x${mark.bottom - mark.top}`);
  });

  it('draws graphemes no bundled font has as the missing-glyph mark, without the network', async () => {
    const { faces } = await loadShareImageFonts();
    const title = 'Թարգմանություն (Armenian) 1️⃣ e\u0301 «\u202foui\u202f»';
    const drawn = drawableText(title, faces);
    // Armenian letters become boxes; the keycap is its digit (the Latin font draws "1" and has no keycap mark);
    // e + accent is é; the narrow no-break spaces Noto Sans lacks are no-break spaces.
    expect(drawn).toBe(`${missingGlyph.repeat(14)} (Armenian) 1 é «\u00a0oui\u00a0»`);
    await offlineShareImage(title);
  });

  it('ends an over-long title with an ellipsis, inside the card', async () => {
    const title = 'Sommarskola på Stockholms universitet om klimat hav och ö-liv '.repeat(6).slice(0, 300);
    expect(title).toHaveLength(300);
    expect(title).not.toContain('.');
    const { rows, glyphs } = await ink(await offlineShareImage(title));
    // Header, six title lines (the clamp for titles over 90 characters), footer: nothing spills past the last line.
    expect(rows).toHaveLength(8);
    const [header, footer] = [nth(rows, 0), nth(rows, -1)];
    const lines = rows.slice(1, -1);
    expect(nth(lines, 0).start).toBeGreaterThan(header.end);
    expect(footer.start).toBeGreaterThan(nth(lines, -1).end);
    // The last line's last three glyphs are the ellipsis: three equal dots on one level, low in the line.
    const last = nth(lines, -1);
    const dots = glyphs(last.start, last.end).slice(-3);
    const first = nth(dots, 0);
    const fontSize = 54; // titles over 90 characters
    for (const dot of dots) {
      expect(dot.right - dot.left).toBeLessThan(fontSize * 0.25);
      expect(dot.bottom - dot.top).toBeLessThan(fontSize * 0.25);
      expect(Math.abs(dot.right - dot.left - (first.right - first.left))).toBeLessThanOrEqual(1);
      expect(Math.abs(dot.top - first.top)).toBeLessThanOrEqual(1);
      expect(dot.top - last.start).toBeGreaterThan(fontSize * 0.4);
    }
  });
});
