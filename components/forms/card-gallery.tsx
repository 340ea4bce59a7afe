'use client';
import { Card, CardBody, CardHeader, CardTitle, Gallery } from '@patternfly/react-core';
import { useRouter } from 'next/navigation';
import type { ComponentType } from 'react';

export interface CardItem {
  id: string;
  title: string;
  description: string;
  icon: ComponentType<{ style?: React.CSSProperties }>;
  href: string;
}

/** Clickable cards that each open a page (the Add page, the event source catalog). */
export function CardGallery({ items, label }: { items: CardItem[]; label: string }) {
  const router = useRouter();
  return (
    <Gallery hasGutter minWidths={{ default: '260px' }} aria-label={label} role="list">
      {items.map(({ id, title, description, icon: Icon, href }) => (
        <Card
          key={id}
          id={`card-${id}`}
          isClickable
          role="listitem"
          data-testid={`add-card-${id}`}
          // A real link (works before hydration, opens in a new tab on middle/ctrl click); a plain click navigates client-side.
          onClick={(e) => {
            if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
            e.preventDefault();
            router.push(href);
          }}
        >
          <CardHeader selectableActions={{ to: href, selectableActionAriaLabelledby: `card-${id}-title`, selectableActionId: `card-${id}-action` }}>
            <Icon style={{ fontSize: 28, color: 'var(--pf-t--global--icon--color--brand--default)' }} />
          </CardHeader>
          <CardTitle id={`card-${id}-title`}>{title}</CardTitle>
          <CardBody>{description}</CardBody>
        </Card>
      ))}
    </Gallery>
  );
}
