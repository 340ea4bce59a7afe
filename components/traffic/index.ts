export { TrafficEditor, SetTrafficAction, type TrafficEditorProps } from './traffic-editor';
export { TrafficStatusView } from './traffic-status-view';
export { ServicesTrafficAction } from './services-traffic-action';
export { SplitBar } from './split-bar';
