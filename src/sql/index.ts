export * from './sql';
export * from './named';
