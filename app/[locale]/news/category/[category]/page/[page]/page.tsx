import { Listing, listingMetadata, prerenderedListings } from '../../../../_listing';

/** A category's listing, page 2 and on. Renewed within a minute when a scheduled story's time comes. */
export const revalidate = 60;

export const generateStaticParams = () => prerenderedListings({ byCategory: true, pageN: true });

export const generateMetadata = ({ params }: PageProps<'/[locale]/news/category/[category]/page/[page]'>) => listingMetadata(params);

export default function CategoryPageN({ params }: PageProps<'/[locale]/news/category/[category]/page/[page]'>) {
  return <Listing params={params} />;
}
