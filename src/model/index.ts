export * from './enums';
export * from './tables';
