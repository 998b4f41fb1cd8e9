/**
 * Share images (Open Graph, 1200×630 PNG) drawn with next/og: the wordmark, the category, the
 * title and the date, in the page's language. The Noto Sans files come from @fontsource/noto-sans
 * (WOFF, which satori reads); with the Latin, Latin Extended and Greek subsets loaded, Greek,
 * Romanian and Swedish letters render as glyphs, not boxes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ImageResponse } from 'next/og';
import { Wordmark } from '@/components/layout/Wordmark';
import { site } from '../site';

export const shareImageSize = { width: 1200, height: 630 };
export const shareImageType = 'image/png';

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Promise<Font[]> | undefined;

/** The package's font folder, found the way Node finds packages (from the project or any copy of it). */
function fontDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve(/*turbopackIgnore: true*/ '@fontsource/noto-sans/package.json')), 'files');
}

function loadFonts(): Promise<Font[]> {
  const dir = fontDir();
  fonts ??= Promise.all(
    (['latin', 'latin-ext', 'greek'] as const).flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => ({
        // One family per subset: satori keeps one font per name and weight, and falls back along the family list.
        name: `Noto Sans ${subset}`,
        data: await readFile(path.join(dir, `noto-sans-${subset}-${weight}-normal.woff`)),
        weight,
        style: 'normal' as const,
      })),
    ),
  );
  return fonts;
}

export async function renderShareImage({
  title,
  eyebrow,
  date,
  lang,
  footer,
  uiLang,
}: {
  title: string;
  /** Category label, or the site's tagline on listing pages. */
  eyebrow: string;
  date?: string;
  lang: string;
  /** Bottom right: the newsroom's name in the page's language. */
  footer: string;
  /** The page's language (for the eyebrow's capitals). */
  uiLang: string;
}) {
  const size = title.length > 90 ? 54 : title.length > 60 ? 62 : 72;
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          background: '#ffffff',
          color: '#1b1a24',
          fontFamily: "'Noto Sans latin', 'Noto Sans latin-ext', 'Noto Sans greek'",
          padding: '64px 72px',
          borderLeft: `24px solid ${site.accent.light}`,
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <Wordmark color="#1b1a24" accent={site.accent.light} width={236} height={64} />
          <div style={{ display: 'flex', fontSize: 28, color: site.accent.light, fontWeight: 700, letterSpacing: 2 }}>
            {eyebrow.toLocaleUpperCase(uiLang)}
          </div>
        </div>
        <div style={{ display: 'flex', fontSize: size, fontWeight: 700, lineHeight: 1.15, maxHeight: 380, overflow: 'hidden' }}>{title}</div>
        <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 28, color: '#55536a' }}>
          <div style={{ display: 'flex' }}>{date ?? ''}</div>
          <div style={{ display: 'flex' }}>{footer}</div>
        </div>
      </div>
    ),
    { ...shareImageSize, fonts: await loadFonts() },
  );
}
