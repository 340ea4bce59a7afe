'use client';
import { Tab, TabTitleText, Tabs } from '@patternfly/react-core';
import { useState } from 'react';
import type { KindId } from '@/lib/resources/kinds';
import { kinds } from '@/lib/resources/kinds';
import { KindList } from './kind-list';

const tabs: KindId[] = ['channels', 'subscriptions', 'sequences', 'parallels'];

/** Messaging and flows together: channels, the subscriptions on them, sequences and parallels. */
export function ChannelsView({ namespace }: { namespace: string }) {
  const [active, setActive] = useState<KindId>('channels');
  return (
    <Tabs activeKey={active} onSelect={(_e, k) => setActive(k as KindId)} mountOnEnter unmountOnExit aria-label="Messaging kinds">
      {tabs.map((id) => (
        <Tab key={id} eventKey={id} title={<TabTitleText>{kinds[id].labelPlural}</TabTitleText>}>
          <KindList kind={id} namespace={namespace} />
        </Tab>
      ))}
    </Tabs>
  );
}
