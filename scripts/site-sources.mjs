// What `npm run build` and `npm run dev` need of the project besides its content: copied into the
// throwaway folders of the benchmark and of the tests that build or run the dev server.
export const siteCode = [
  'app',
  'components',
  'lib',
  'messages',
  'public',
  'scripts',
  'proxy.ts',
  'next.config.ts',
  'contentlayer.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package.json',
];
