/** The components an MDX body may use. components/mdx implements exactly these. */
export const mdxComponentNames = ['Figure', 'Video', 'Members'] as const;
export type MdxComponentName = (typeof mdxComponentNames)[number];
