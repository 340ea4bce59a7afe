'use client';
import { Label, Tooltip } from '@patternfly/react-core';

const colors = { True: 'green', False: 'red', Unknown: 'orange' } as const;

/** A condition status (True/False/Unknown) as a coloured label; the message, if any, on hover. */
export function ReadyLabel({ status, message }: { status: string | undefined; message?: string }) {
  if (!status) return null;
  const label = (
    <Label isCompact color={colors[status as keyof typeof colors] ?? 'grey'}>
      {status}
    </Label>
  );
  return message ? <Tooltip content={message}>{label}</Tooltip> : label;
}
