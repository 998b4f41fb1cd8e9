import type { ComponentProps } from 'react';
import Image from 'next/image';
import { getMDXComponent } from 'next-contentlayer2/hooks';
import { getTranslations } from 'next-intl/server';
import type { Body } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import type { MdxComponentName } from '@/lib/content/components';
import { Figure } from './Figure';
import { Members } from './Members';
import { Contact, Newsletter } from './Contact';
import { Feeds } from './Feeds';
import { Video, type VideoProvider } from './Video';

/** Markdown images in MDX: local ones (sized by the content step) through next/image. */
function MdxImage({ src, alt = '', width, height }: ComponentProps<'img'>) {
  if (typeof src !== 'string' || !width || !height) {
    // biome-ignore lint/performance/noImgElement: without a known size (a remote or missing file) next/image cannot lay it out
    return <img src={typeof src === 'string' ? src : undefined} alt={alt} loading="lazy" decoding="async" />;
  }
  return (
    <Image
      src={src}
      alt={alt}
      width={Number(width)}
      height={Number(height)}
      sizes="(min-width: 768px) 680px, 100vw"
      className="h-auto w-full"
    />
  );
}

/**
 * The body of a story or page. Markdown arrives as HTML compiled at content build; MDX as compiled
 * code rendered here on the server with the allowed components (the client receives HTML only, plus
 * the click-to-load video island when a story has one).
 *
 * `locale` is the page's language (for labels such as the credit line); `contentLocale` the body's.
 */
export async function ContentBody({ body, locale, contentLocale }: { body: Body; locale: Locale; contentLocale: Locale }) {
  if (body.format === 'md') {
    // biome-ignore lint/security/noDangerouslySetInnerHtml: Contentlayer's HTML of a checked Markdown file (raw HTML is refused)
    return <div className="prose-news" dangerouslySetInnerHTML={{ __html: body.html }} />;
  }
  const t = await getTranslations({ locale });
  const creditLabel = (credit: string) => ({ text: t('article.imageCredit', { credit }), lang: locale });
  const components = {
    Figure: (props: ComponentProps<typeof Figure>) => <Figure {...props} creditLabel={creditLabel} />,
    Video: ({ provider = 'youtube', id, title }: { provider?: VideoProvider; id: string; title: string }) => {
      const name = provider === 'vimeo' ? 'Vimeo' : 'YouTube';
      return (
        <Video
          provider={provider}
          id={id}
          title={title}
          lang={locale}
          labels={{
            play: t('video.play', { title }),
            notice: t('video.notice', { provider: name }),
            watchOn: t('video.watchOn', { provider: name }),
            printTitle: t('video.printTitle', { title }),
          }}
        />
      );
    },
    Members: () => <Members locale={locale} />,
    Contact: () => <Contact locale={locale} />,
    Newsletter: () => <Newsletter locale={locale} />,
    Feeds: () => <Feeds locale={locale} />,
  } satisfies Record<MdxComponentName, unknown>;
  const Content = getMDXComponent(body.code);
  return (
    <div className="prose-news" data-content-locale={contentLocale}>
      <Content components={{ ...components, img: MdxImage }} />
    </div>
  );
}
