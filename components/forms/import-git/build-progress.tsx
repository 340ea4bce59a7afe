'use client';
import { Alert, Button, CodeBlock, CodeBlockCode, ProgressStep, ProgressStepper, Stack, StackItem, Title } from '@patternfly/react-core';
import { useEffect, useRef } from 'react';
import { BUILD_STEPS, type BuildPhase, type BuildRecord } from '@/lib/builds/types';
import { useBuildEvents } from './use-build-events';

const order: BuildPhase[] = ['Pending', 'Cloning', 'Installing', 'Deploying', 'Succeeded'];

function stepVariant(step: BuildPhase, build: BuildRecord): 'success' | 'info' | 'danger' | 'pending' {
  if (build.phase === 'Succeeded') return 'success';
  const at = build.phase === 'Failed' ? (build.failedIn ?? 'Pending') : build.phase;
  const i = order.indexOf(step);
  const current = order.indexOf(at);
  if (i < current) return 'success';
  if (i > current) return 'pending';
  return build.phase === 'Failed' ? 'danger' : 'info';
}

/** A build as it happens: the steps, the streamed log, and the outcome with where to go next. */
export function BuildProgress({ initial, onSucceeded, onBack }: { initial: BuildRecord; onSucceeded?(build: BuildRecord): void; onBack?(): void }) {
  const build = useBuildEvents(initial);
  const logRef = useRef<HTMLDivElement>(null);
  const reported = useRef(false);
  useEffect(() => {
    const el = logRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [build.lines.length]);
  useEffect(() => {
    if (build.phase === 'Succeeded' && !reported.current) {
      reported.current = true;
      onSucceeded?.(build);
    }
  }, [build, onSucceeded]);

  return (
    <Stack hasGutter data-testid="build-progress" data-phase={build.phase}>
      <StackItem>
        <Title headingLevel="h2" size="lg">
          {build.kind === 'create' ? 'Building' : 'Redeploying'} {build.name} from {build.url} ({build.ref}{build.commit ? ` @ ${build.commit.slice(0, 7)}` : ''})
        </Title>
      </StackItem>
      <StackItem>
        <ProgressStepper aria-label="Build progress">
          {BUILD_STEPS.map((s) => {
            const variant = stepVariant(s.phase, build);
            return (
              <ProgressStep key={s.phase} id={`build-step-${s.phase}`} titleId={`build-step-${s.phase}-title`} variant={variant} isCurrent={variant === 'info' || variant === 'danger'} aria-label={`${s.title}: ${variant}`}>
                {s.title}
              </ProgressStep>
            );
          })}
        </ProgressStepper>
      </StackItem>
      {build.phase === 'Failed' && (
        <StackItem>
          <Alert variant="danger" isInline title={build.kind === 'create' ? 'The build failed: nothing was created' : 'The redeploy failed'} data-testid="build-failure">
            <p>{build.message}</p>
            {onBack && <Button variant="link" isInline onClick={onBack}>Back to the form</Button>}
          </Alert>
        </StackItem>
      )}
      {build.phase === 'Succeeded' && (
        <StackItem>
          <Alert variant="success" isInline title={build.kind === 'create' ? `${build.name} is deployed` : `${build.name} is redeployed`} data-testid="build-success">
            {build.message}
          </Alert>
        </StackItem>
      )}
      <StackItem>
        <div ref={logRef} style={{ maxHeight: 360, overflow: 'auto' }} data-testid="build-log">
          <CodeBlock>
            <CodeBlockCode>{build.lines.length ? build.lines.join('\n') : 'Waiting for output…'}</CodeBlockCode>
          </CodeBlock>
        </div>
      </StackItem>
    </Stack>
  );
}
