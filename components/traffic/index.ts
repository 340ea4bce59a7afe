export { TrafficEditor, SetTrafficAction, type TrafficEditorProps } from './traffic-editor';
export { TrafficStatusView } from './traffic-status-view';
export { ServiceTrafficTab } from './service-traffic-tab';
export { ServicesTrafficAction } from './services-traffic-action';
export { SplitBar } from './split-bar';
