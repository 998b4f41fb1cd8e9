/**
 * The alliance identity, as data. Components read everything that names, links or colours the
 * alliance from here; labels are message keys (translated in messages/<locale>.json), so the
 * config itself holds no language.
 */
export const categories = ['general', 'connect', 'highlights', 'communication', 'research', 'education'] as const;
export type Category = (typeof categories)[number];

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (categories as readonly string[]).includes(value);
}

/** A link in the chrome: `href` starting with `/` is locale-relative (`/news` → `/fr/news`). */
export type NavLink = { label: string; href: string };
export type NavItem = NavLink & { children?: readonly NavLink[] };

export const site = {
  /** Short name, used in the wordmark, titles and the copyright line. */
  name: 'CIVIS',
  /** The publisher logo for structured data (drawn by scripts/generate-images.mjs). */
  logo: { src: '/brand/logo.png', width: 600, height: 160 },
  /** Base URL when `SITE_URL` is not set. */
  defaultUrl: 'http://localhost:3000',
  /** Accent colour (one, used sparingly); a lighter tone for dark mode. Both meet WCAG AA. */
  accent: { light: '#4338a8', dark: '#b3acff' },
  /** How many stories the newsroom lists per page. */
  pageSize: 12,
  /**
   * What the build renders ahead of time. A small newsroom is prerendered whole; a large one only
   * its newest stories (those the home page shows) and the newsroom's first pages in every locale;
   * category listings, older stories and later pages are rendered on first request and kept
   * (docs/performance.md).
   * `PRERENDER_ALL_UP_TO` and `PRERENDER_NEWEST` override `allWhenAtMost` and `newestPerLocale`.
   */
  prerender: { allWhenAtMost: 150, newestPerLocale: 9, newsroomPages: 1, categoryPages: 0 },
  navigation: [
    {
      label: 'nav.discover',
      href: '/about',
      children: [
        { label: 'nav.about', href: '/about' },
        { label: 'nav.members', href: '/about#members' },
        { label: 'nav.press', href: '/press' },
        { label: 'nav.contact', href: '/contact' },
      ],
    },
    {
      label: 'nav.newsroom',
      href: '/news',
      children: [
        { label: 'nav.allNews', href: '/news' },
        { label: 'categories.general', href: '/news/category/general' },
        { label: 'categories.connect', href: '/news/category/connect' },
        { label: 'categories.highlights', href: '/news/category/highlights' },
        { label: 'categories.communication', href: '/news/category/communication' },
        { label: 'categories.research', href: '/news/category/research' },
        { label: 'categories.education', href: '/news/category/education' },
      ],
    },
    {
      label: 'nav.connect',
      href: '/newsletters',
      children: [
        { label: 'nav.newsletters', href: '/newsletters' },
        { label: 'nav.contact', href: '/contact' },
        { label: 'nav.press', href: '/press' },
      ],
    },
  ] satisfies readonly NavItem[],
  footer: {
    audiences: [
      { label: 'footer.students', href: '/news/category/education' },
      { label: 'footer.academics', href: '/news/category/research' },
      { label: 'footer.administrators', href: '/news/category/general' },
      { label: 'footer.civilSociety', href: '/news/category/connect' },
      { label: 'footer.pressCorner', href: '/press' },
    ],
    useful: [
      { label: 'footer.aboutAlliance', href: '/about' },
      { label: 'nav.allNews', href: '/news' },
      {
        label: 'footer.euInitiative',
        href: 'https://education.ec.europa.eu/education-levels/higher-education/european-universities-initiative',
      },
      { label: 'nav.contact', href: '/contact' },
    ],
    newsletter: { label: 'nav.newsletters', href: '/newsletters' },
    legal: [
      { label: 'footer.accessibility', href: '/accessibility' },
      { label: 'footer.cookies', href: '/cookie-policy' },
      { label: 'footer.privacy', href: '/privacy-policy' },
    ],
  },
  social: [
    { name: 'Instagram', href: 'https://www.instagram.com/civis.eu/' },
    { name: 'LinkedIn', href: 'https://www.linkedin.com/company/civis-eu' },
    { name: 'Facebook', href: 'https://www.facebook.com/CIVISEuropeanUniversity/' },
    { name: 'YouTube', href: 'https://www.youtube.com/channel/UCdCm0FfreX81BuNH-znlRGQ' },
  ],
  /** Member universities, named in their own language (`lang` marks that language). */
  members: [
    { name: 'Aix-Marseille Université', lang: 'fr', country: 'FR' },
    { name: 'Εθνικό και Καποδιστριακό Πανεπιστήμιο Αθηνών', lang: 'el', country: 'GR' },
    { name: 'Universitatea din București', lang: 'ro', country: 'RO' },
    { name: 'Université libre de Bruxelles', lang: 'fr', country: 'BE' },
    { name: 'Universidad Autónoma de Madrid', lang: 'es', country: 'ES' },
    { name: 'Sapienza Università di Roma', lang: 'it', country: 'IT' },
    { name: 'Stockholms universitet', lang: 'sv', country: 'SE' },
    { name: 'Eberhard Karls Universität Tübingen', lang: 'de', country: 'DE' },
    { name: 'University of Glasgow', lang: 'en', country: 'GB' },
    { name: 'Paris Lodron Universität Salzburg', lang: 'de', country: 'AT' },
    { name: 'Université de Lausanne', lang: 'fr', country: 'CH' },
  ],
  /** Static pages under content/<locale>/pages/. The chrome links to these. */
  pages: ['about', 'newsletters', 'contact', 'press', 'privacy-policy', 'cookie-policy', 'accessibility'],
  /**
   * How readers reach the alliance, shown by the <Contact /> and <Newsletter /> components of
   * content pages (contact, press, accessibility statement, newsletters): the alliance's own contact
   * form and newsletter sign-up, per locale where the alliance has a localized one (else English),
   * and an address when the alliance publishes one (`email`, optional).
   */
  contact: {
    form: { en: 'https://civis.eu/en/contact', fr: 'https://civis.eu/fr/contactez-nous', ro: 'https://civis.eu/ro/contact' },
    email: undefined as string | undefined,
  },
  newsletter: {
    signup: {
      en: 'https://civis.eu/en/connect/newsletters',
      fr: 'https://civis.eu/fr/connecter/newsletters',
      ro: 'https://civis.eu/ro/connect/newsletters',
    },
  },
  /** The body that answers accessibility complaints the alliance cannot resolve (the coordinator's country, France). */
  accessibilityEnforcement: { name: 'Défenseur des droits', url: 'https://formulaire.defenseurdesdroits.fr/' },
} as const;

/** The public base URL: `SITE_URL` from the environment, never the request's Host header. */
export function siteUrl(): string {
  const raw = process.env.SITE_URL?.trim() || site.defaultUrl;
  return raw.replace(/\/+$/, '');
}

/** A link of the alliance in the reader's language when it has one, else in English. */
export function localized(links: Partial<Record<string, string>> & { en: string }, locale: string): string {
  return links[locale] ?? links.en;
}
