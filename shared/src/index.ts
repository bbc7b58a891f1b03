export * from './enums';
export * from './errors';
export * from './validation';
export * from './workflow';
export * from './monitoring';
export * from './report-workflow';
export * from './labels';
