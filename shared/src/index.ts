export * from './enums';
export * from './errors';
export * from './validation';
export * from './workflow';
export * from './report-workflow';
