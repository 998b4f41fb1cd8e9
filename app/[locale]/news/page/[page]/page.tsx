import { Listing, listingMetadata, prerenderedListings } from '../../_listing';

/** The newsroom, page 2 and on. Renewed within a minute when a scheduled story's time comes. */
export const revalidate = 60;

export const generateStaticParams = () => prerenderedListings({ byCategory: false, pageN: true });

export const generateMetadata = ({ params }: PageProps<'/[locale]/news/page/[page]'>) => listingMetadata(params);

export default function NewsroomPageN({ params }: PageProps<'/[locale]/news/page/[page]'>) {
  return <Listing params={params} />;
}
