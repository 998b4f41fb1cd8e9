/**
 * Share images (Open Graph, 1200×630 PNG) drawn with next/og: the wordmark, the category, the
 * title and the date, in the page's language. They never use the network: the fonts are bundled
 * (Noto Sans for letters, Noto Emoji for emoji; see lib/seo/share-image-fonts), and every text is first
 * reduced to graphemes those fonts draw, since next/og fetches any other from a CDN (and a failed
 * emoji fetch is an error). With the Latin, Latin Extended and Greek subsets loaded, Greek,
 * Romanian and Swedish letters render as glyphs, not boxes. A title too long for its lines ends
 * with an ellipsis.
 */
import { ImageResponse } from 'next/og';
import { Wordmark } from '@/components/layout/Wordmark';
import { site } from '@/lib/site';
import { drawableText, loadShareImageFonts } from '@/lib/seo/share-image-fonts';

export const shareImageSize = { width: 1200, height: 630 };
export const shareImageType = 'image/png';

/** Title sizes by length, each with the lines it may take (the last cut with "…"): all fit the 380 px between header and footer. */
function titleStyle(length: number): { fontSize: number; lines: number } {
  if (length > 90) return { fontSize: 54, lines: 6 };
  if (length > 60) return { fontSize: 62, lines: 5 };
  return { fontSize: 72, lines: 4 };
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
  const { fonts, faces, fontFamily } = await loadShareImageFonts();
  const text = (value: string) => drawableText(value, faces);
  const { fontSize, lines } = titleStyle(title.length);
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: '#ffffff',
        color: '#1b1a24',
        fontFamily,
        padding: '64px 72px',
        borderLeft: `24px solid ${site.accent.light}`,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <Wordmark color="#1b1a24" accent={site.accent.light} width={236} height={64} />
        <div style={{ display: 'flex', fontSize: 28, color: site.accent.light, fontWeight: 700, letterSpacing: 2 }}>
          {text(eyebrow.toLocaleUpperCase(uiLang))}
        </div>
      </div>
      {/* satori clamps lines, with an ellipsis, only in a block; a word wider than the card breaks; maxHeight stays as a last guard. */}
      <div
        lang={lang}
        style={{
          display: 'block',
          fontSize,
          fontWeight: 700,
          lineHeight: 1.15,
          lineClamp: lines,
          wordBreak: 'break-word',
          maxHeight: 380,
          overflow: 'hidden',
        }}
      >
        {text(title)}
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 28, color: '#55536a' }}>
        <div style={{ display: 'flex' }}>{text(date ?? '')}</div>
        <div style={{ display: 'flex' }}>{text(footer)}</div>
      </div>
    </div>,
    { ...shareImageSize, fonts },
  );
}
