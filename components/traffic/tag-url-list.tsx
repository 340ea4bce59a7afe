'use client';

import { ClipboardCopy, DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm } from '@patternfly/react-core';
import type { TagUrl } from '@/lib/traffic';

/** The Service's URL and each tag's own URL from its status, ready to copy. */
export function TagUrlList({ serviceUrl, urls }: { serviceUrl?: string; urls: TagUrl[] }) {
  return (
    <DescriptionList isHorizontal aria-label="Tag URLs">
      {serviceUrl && (
        <DescriptionListGroup>
          <DescriptionListTerm>Service URL</DescriptionListTerm>
          <DescriptionListDescription>
            <ClipboardCopy isReadOnly hoverTip="Copy URL" clickTip="Copied" copyAriaLabel="Copy service URL" textAriaLabel="Service URL">
              {serviceUrl}
            </ClipboardCopy>
          </DescriptionListDescription>
        </DescriptionListGroup>
      )}
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
