'use client';
import { Nav, NavExpandable, NavItem, NavList } from '@patternfly/react-core';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { nsHref } from '@/lib/resources/hrefs';
import { isActive, navTree, type NavLink } from './nav-items';

export function AppNav({ namespace }: { namespace: string }) {
  const pathname = usePathname();
  // A Link child becomes the nav anchor itself (NavItem clones it with its styles).
  const item = (link: NavLink) => (
    <NavItem key={link.view} itemId={link.view} isActive={isActive(link, pathname)}>
      <Link href={nsHref(namespace, link.view)}>{link.title}</Link>
    </NavItem>
  );
  return (
    <Nav aria-label="Console navigation">
      <NavList>
        {navTree.map((entry) =>
          'links' in entry ? (
            <NavExpandable key={entry.title} title={entry.title} groupId={entry.title} isExpanded isActive={entry.links.some((l) => isActive(l, pathname))}>
              {entry.links.map(item)}
            </NavExpandable>
          ) : (
            item(entry)
          ),
        )}
      </NavList>
    </Nav>
  );
}
