import { ImageResponse } from 'next/og';
import { Wordmark } from '@/components/layout/Wordmark';
import { site } from '@/lib/site';

/** The publisher logo for structured data: the wordmark as a PNG, drawn at build. */
export const dynamic = 'force-static';

export function GET() {
  const { width, height } = site.logo;
  return new ImageResponse(
    <div style={{ width: '100%', height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#ffffff' }}>
      <Wordmark
        color="#1b1a24"
        accent={site.accent.light}
        width={Math.round(height * 0.8 * (236 / 64))}
        height={Math.round(height * 0.8)}
      />
    </div>,
    { width, height },
  );
}
