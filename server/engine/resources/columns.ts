import type { PrinterColumn } from './types';

/** Printer columns shared by Knative kinds (their CRDs' additionalPrinterColumns). */
export const readyColumns: PrinterColumn[] = [
  { name: 'Ready', type: 'string', jsonPath: '.status.conditions[?(@.type=="Ready")].status' },
  { name: 'Reason', type: 'string', jsonPath: '.status.conditions[?(@.type=="Ready")].reason' },
];

export const urlColumn: PrinterColumn = { name: 'URL', type: 'string', jsonPath: '.status.url' };
export const addressColumn: PrinterColumn = { name: 'URL', type: 'string', jsonPath: '.status.address.url' };
export const sinkColumn: PrinterColumn = { name: 'Sink', type: 'string', jsonPath: '.status.sinkUri' };
