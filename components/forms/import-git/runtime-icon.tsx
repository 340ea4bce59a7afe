'use client';
import CodeIcon from '@patternfly/react-icons/dist/esm/icons/code-icon';
import DockerIcon from '@patternfly/react-icons/dist/esm/icons/docker-icon';
import JavaIcon from '@patternfly/react-icons/dist/esm/icons/java-icon';
import NodeJsIcon from '@patternfly/react-icons/dist/esm/icons/node-js-icon';
import PythonIcon from '@patternfly/react-icons/dist/esm/icons/python-icon';
import type { RuntimeId } from '@/lib/git/detect-runtime';

const icons: Record<RuntimeId, typeof CodeIcon> = { nodejs: NodeJsIcon, python: PythonIcon, java: JavaIcon, dockerfile: DockerIcon, go: CodeIcon };
const colors: Record<RuntimeId, string> = { nodejs: '#3c873a', python: '#306998', java: '#e76f00', dockerfile: '#1d63ed', go: '#00add8' };

/** The runtime's logo (Go has none among PatternFly's icons: a code glyph in Go's blue). */
export function RuntimeIcon({ id }: { id: RuntimeId }) {
  const Icon = icons[id];
  return <Icon color={colors[id]} aria-hidden />;
}
