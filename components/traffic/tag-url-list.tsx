'use client';

import { ClipboardCopy, DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm } from '@patternfly/react-core';
import type { TagUrl } from '@/lib/traffic';

/** Each tag's own URL from the Service's status, ready to copy. */
export function TagUrlList({ urls }: { urls: TagUrl[] }) {
  return (
    <DescriptionList isHorizontal aria-label="Tag URLs">
      {urls.map((u) => (
        <DescriptionListGroup key={u.tag}>
          <DescriptionListTerm>
            {u.tag}
            {u.revisionName ? ` → ${u.revisionName}` : ''}
          </DescriptionListTerm>
          <DescriptionListDescription>
            <ClipboardCopy isReadOnly hoverTip="Copy URL" clickTip="Copied" copyAriaLabel={`Copy URL of tag ${u.tag}`} textAriaLabel={`URL of tag ${u.tag}`}>
              {u.url}
            </ClipboardCopy>
          </DescriptionListDescription>
        </DescriptionListGroup>
      ))}
    </DescriptionList>
  );
}
