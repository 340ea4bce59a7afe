'use client';
import { Title } from '@patternfly/react-core';
import { kinds, type KindId } from '@/lib/resources/kinds';
import { KindList } from './kind-list';

/** The namespace's real resources grouped by kind: what Topology, Add and Observe show until their own views land. */
export function NamespaceOverview({ namespace, kindIds }: { namespace: string; kindIds: KindId[] }) {
  return (
    <>
      {kindIds.map((id) => (
        <section key={id} className="pf-v6-u-mb-lg" aria-label={kinds[id].labelPlural}>
          <Title headingLevel="h2" size="lg">
            {kinds[id].labelPlural}
          </Title>
          <KindList kind={id} namespace={namespace} />
        </section>
      ))}
    </>
  );
}
