import { Listing, listingMetadata } from './_listing';

/** The newsroom, page 1. Renewed within a minute when a scheduled story's time comes. */
export const revalidate = 60;

export const generateMetadata = ({ params }: PageProps<'/[locale]/news'>) => listingMetadata(params);

export default function NewsroomPage({ params }: PageProps<'/[locale]/news'>) {
  return <Listing params={params} />;
}
