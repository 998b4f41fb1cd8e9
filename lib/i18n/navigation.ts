/** next-intl's navigation built from the routing declaration: the one way the site makes an address. */
import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);

/** A destination as next-intl names it: a route of ./routing with its params and query. */
export type Href = Parameters<typeof getPathname>[0]['href'];
