import { Listing, listingMetadata, prerenderedListings } from '../../_listing';

/** A category's listing, page 1. Renewed within a minute when a scheduled story's time comes. */
export const revalidate = 60;

export const generateStaticParams = () => prerenderedListings({ byCategory: true, pageN: false });

export const generateMetadata = ({ params }: PageProps<'/[locale]/news/category/[category]'>) => listingMetadata(params);

export default function CategoryPage({ params }: PageProps<'/[locale]/news/category/[category]'>) {
  return <Listing params={params} />;
}
