'use client';
import { yaml } from '@codemirror/lang-yaml';
import CodeMirror from '@uiw/react-codemirror';

const extensions = [yaml()];

/** CodeMirror 6 with YAML highlighting, bundled with the app (no CDN). */
export function YamlEditor({ value, onChange, readOnly }: { value: string; onChange(v: string): void; readOnly?: boolean }) {
  return (
    <div className="console-yaml-editor" data-testid="yaml-editor">
      <CodeMirror value={value} onChange={onChange} extensions={extensions} readOnly={readOnly} editable={!readOnly} basicSetup={{ foldGutter: true, highlightActiveLine: !readOnly }} />
    </div>
  );
}
