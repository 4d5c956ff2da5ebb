export * from './context';
export * from './format';
export * from './issues';
export * from './messages';
export * from './labels';
