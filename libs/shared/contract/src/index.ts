import './lib/error-messages';
export * from './lib/primitives';
export * from './lib/instance';
export * from './lib/list-instances';
export * from './lib/api-error';
export * from './lib/metrics';
export * from './lib/actions';
export * from './lib/audit';
export * from './lib/routes';
