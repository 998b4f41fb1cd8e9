// Types for the `hyphen` package (it ships none; @types/hyphen exists but one dependency is enough
// for what lib/typography/hyphenation.ts uses: the hyphenator factory and the pattern files).

declare module 'hyphen' {
  export type HyphenPatterns = readonly unknown[];
  export type HyphenatorOptions = {
    /** Async hyphenators return a Promise (default false for createHyphenator). */
    async?: boolean;
    /** Skip HTML tags (default true). */
    html?: boolean;
    /** Inserted at break points (default U+00AD). */
    hyphenChar?: string;
    /** Shorter words are left alone (default 5). */
    minWordLength?: number;
    /** Words with `-` at their break points, e.g. `ta-ble`. */
    exceptions?: string[];
  };
  export type SyncHyphenator = (text: string, options?: Omit<HyphenatorOptions, 'async' | 'html'>) => string;
  function createHyphenator(patterns: HyphenPatterns, options?: HyphenatorOptions & { async?: false }): SyncHyphenator;
  export default createHyphenator;
}

declare module 'hyphen/patterns/*.js' {
  const patterns: import('hyphen').HyphenPatterns;
  export default patterns;
}
