import { describe, expect, it, vi } from 'vitest';
import { renderShareImage } from '@/lib/seo/share-image';

/**
 * Runs `fn` with the network replaced: next/og fetches a web font for any glyph the given fonts
 * lack, so every URL it asks for is a missing glyph (and a third-party request).
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

describe('share images', () => {
  it.each([
    ['el', 'Η Σύνοδος των Πρυτάνεων στην Αθήνα: «Πανεπιστήμιο και Πόλη»'],
    ['ro', 'Științe și învățământ: studenții din București își țin promisiunea'],
    ['sv', 'Sommarskola på Stockholms universitet: klimat, hav och ö-liv'],
    ['de', 'Größere Übersicht für Forschende an der Universität Tübingen'],
  ])('draw every %s letter from the bundled font (no glyph is missing)', async (lang, title) => {
    const { result, requested } = await fontRequestsDuring(async () => {
      const response = await renderShareImage({ title, eyebrow: 'Γενικά', date: '28 Ιουνίου 2024', lang, footer: 'Τα νέα της CIVIS', uiLang: lang });
      return Buffer.from(await response.arrayBuffer());
    });
    expect(result.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(pngSize(result)).toEqual({ width: 1200, height: 630 });
    expect(requested).toEqual([]);
  });

  it('a glyph outside the fonts is detected by this test (control)', async () => {
    const { requested } = await fontRequestsDuring(async () => {
      const response = await renderShareImage({ title: 'Թարգմանություն (Armenian)', eyebrow: 'x', lang: 'hy', footer: 'x', uiLang: 'en' });
      return response.arrayBuffer();
    });
    expect(requested.some((u) => u.startsWith('https://fonts.googleapis.com/'))).toBe(true);
  });
});
