import { redirect } from 'next/navigation';
import { DEFAULT_NAMESPACE, nsHref } from '@/lib/resources/hrefs';

export default function Home() {
  redirect(nsHref(DEFAULT_NAMESPACE, 'topology'));
}
