import type { KindId } from '@/lib/resources/kinds';

/** The console's navigation: a view id is the path segment after /ns/NS/. */
export interface NavLink {
  view: 'topology' | 'add' | 'observe' | 'sources' | KindId;
  title: string;
  /** Detail pages of these kinds highlight this entry. */
  kinds?: KindId[];
}

export interface NavGroup {
  title: string;
  links: NavLink[];
}

export const navTree: (NavLink | NavGroup)[] = [
  { view: 'topology', title: 'Topology' },
  { view: 'add', title: 'Add' },
  { title: 'Serverless', links: [
    { view: 'services', title: 'Services', kinds: ['configurations'] },
    { view: 'revisions', title: 'Revisions', kinds: ['podautoscalers', 'pods', 'deployments'] },
    { view: 'routes', title: 'Routes' },
  ] },
  { title: 'Eventing', links: [
    { view: 'brokers', title: 'Brokers', kinds: ['eventtypes'] },
    { view: 'triggers', title: 'Triggers' },
    { view: 'sources', title: 'Sources', kinds: ['pingsources', 'apiserversources', 'sinkbindings', 'containersources'] },
    { view: 'channels', title: 'Channels', kinds: ['subscriptions', 'sequences', 'parallels'] },
  ] },
  { view: 'observe', title: 'Observe' },
];

/** The view segment of a console path: /ns/NS/VIEW/… → VIEW. */
export function viewOf(pathname: string): string | undefined {
  return pathname.split('/')[3];
}

export function isActive(link: NavLink, pathname: string): boolean {
  const view = viewOf(pathname);
  return view === link.view || (!!view && (link.kinds as string[] | undefined)?.includes(view) === true);
}
