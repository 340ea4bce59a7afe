/** Admission (defaults + validation) of the four source kinds, attached in resources/eventing.ts. */
export { apiServerSourceAdmission } from './apiserver/admission';
export { containerSourceAdmission } from './containersource/admission';
export { pingSourceAdmission } from './ping/admission';
export { sinkBindingAdmission } from './sinkbinding/admission';
